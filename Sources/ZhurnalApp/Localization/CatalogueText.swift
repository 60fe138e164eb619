import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// The texts of the settings' rubric and outcome catalogues, Russian and English side by side.
public enum CatalogueText: Hashable, Sendable {
    case keyRubrics, barRubrics, keyOutcomes, barOutcomes, settingsHint
    case keyEdit, keyAdd, keyDelete, barChange, confirmDelete(String), deleted(String)
    case rubricsTitle, noRubrics, rubricLine(name: String, criteria: Int, maximum: Int, columns: Int)
    case rubricInUse(String, columns: Int)
    case rubricNew, rubricEditTitle(String), rubricSaved(String, rederived: Int), rubricRefused(RubricFormProblem)
    case fieldName, fieldBasis, code, description, maximum, outcome, group, mark, minimum, groupMinima
    case keyField, keyAddCriterion, keyDeleteCriterion, barCriterion, barRemove, barSave, editorHint, typeHint
    case outcomesTitle, noOutcomes, outcomeNew, outcomeEditTitle(String), outcomeSaved(String)
    case fieldCode, fieldOutcomeName, fieldType, type(OutcomeType), outcomeLine(code: String, name: String, type: OutcomeType)
    case outcomeInUse(String, OutcomeUsage), outcomeExists(String), codeFixed, emptyCode, emptyName, badType

    var pair: (String, String) {
        switch self {
        case .keyRubrics: return ("Критерии оценивания: список, новые, правка шкалы", "Rubrics: list, new, edit the scale")
        case .barRubrics: return ("Критер", "Rubric")
        case .keyOutcomes: return ("Каталог образовательных результатов", "The outcome catalogue")
        case .barOutcomes: return ("Резул", "Outcome")
        case .settingsHint: return ("F5 — критерии оценивания, F6 — каталог результатов",
                                    "F5 — rubrics, F6 — the outcome catalogue")
        case .keyEdit: return ("Изменить выбранное", "Edit the chosen one")
        case .keyAdd: return ("Добавить", "Add")
        case .keyDelete: return ("Удалить (только то, что нигде не используется)", "Delete (only what nothing uses)")
        case .barChange: return ("Правка", "Edit")
        case .confirmDelete(let name): return ("Удалить «\(name)»? (y/д — да, любая другая клавиша — нет)",
                                               "Delete \"\(name)\"? (y — yes, any other key — no)")
        case .deleted(let name): return ("«\(name)» удалено", "\"\(name)\" deleted")
        case .rubricsTitle: return ("Критерии оценивания", "Rubrics")
        case .noRubrics: return ("Критериев ещё нет: F3 — создать", "No rubrics yet: F3 creates one")
        case .rubricLine(let name, let criteria, let maximum, let columns):
            return ("\(name) · \(criteria) " + Plural.russian(criteria, one: "критерий", few: "критерия", many: "критериев")
                    + " · максимум \(maximum) · колонок: \(columns)",
                    "\(name) · \(criteria) " + Plural.english(criteria, one: "criterion", other: "criteria")
                    + " · maximum \(maximum) · columns: \(columns)")
        case .rubricInUse(let name, let columns):
            return ("Критерии «\(name)» назначены колонкам журнала (\(columns)) — удалить нельзя",
                    "Rubric \"\(name)\" is attached to journal columns (\(columns)) and cannot be deleted")
        case .rubricNew: return ("Новые критерии", "New rubric")
        case .rubricEditTitle(let name): return ("Критерии: \(name)", "Rubric: \(name)")
        case .rubricSaved(let name, let rederived):
            return ("Критерии «\(name)» сохранены; отметок пересчитано: \(rederived)",
                    "Rubric \"\(name)\" saved; marks re-derived: \(rederived)")
        case .rubricRefused(let problem): return ("Не сохранено: " + problem.pair.0, "Not saved: " + problem.pair.1)
        case .fieldName: return ("Название", "Name")
        case .fieldBasis: return ("Шкала (баллы / проценты)", "Scale (points / percent)")
        case .code: return ("Код", "Code")
        case .description: return ("Описание", "Description")
        case .maximum: return ("Макс", "Max")
        case .outcome: return ("Результат", "Outcome")
        case .group: return ("Группа", "Group")
        case .mark: return ("Отметка", "Mark")
        case .minimum: return ("Порог", "From")
        case .groupMinima: return ("Минимумы групп (группа число, …)", "Group minima (group number, …)")
        case .keyField: return ("Другое поле", "Another field")
        case .keyAddCriterion: return ("Добавить критерий", "Add a criterion")
        case .keyDeleteCriterion: return ("Удалить критерий под курсором", "Delete the criterion under the cursor")
        case .barCriterion: return ("+Крит", "+Crit")
        case .barRemove: return ("-Крит", "-Crit")
        case .editorHint: return ("Пустой порог — нет отметки. F3 — критерий, F8 — удалить, Enter — сохранить",
                                  "Empty threshold: no such mark. F3 adds a criterion, F8 deletes it, Enter saves")
        case .barSave: return ("Сохр", "Save")
        case .typeHint: return ("Типы: предметный, регулятивные, познавательные, коммуникативные, личностный",
                                "Types: subject, regulatory, cognitive, communicative, personal")
        case .outcomesTitle: return ("Каталог результатов", "Outcome catalogue")
        case .noOutcomes: return ("Результатов ещё нет: F3 — добавить", "No outcomes yet: F3 adds one")
        case .outcomeNew: return ("Новый результат", "New outcome")
        case .outcomeEditTitle(let code): return ("Результат \(code)", "Outcome \(code)")
        case .outcomeSaved(let code): return ("Результат \(code) сохранён", "Outcome \(code) saved")
        case .fieldCode: return ("Код (например, П1)", "Code (e.g. П1)")
        case .fieldOutcomeName: return ("Название", "Name")
        case .fieldType: return ("Тип (достаточно начала слова)", "Type (the beginning of the word will do)")
        case .type(.subject): return ("предметный", "subject")
        case .type(.regulatory): return ("метапредметный: регулятивные УУД", "cross-subject: regulatory")
        case .type(.cognitive): return ("метапредметный: познавательные УУД", "cross-subject: cognitive")
        case .type(.communicative): return ("метапредметный: коммуникативные УУД", "cross-subject: communicative")
        case .type(.personal): return ("личностный", "personal")
        case .outcomeLine(let code, let name, let type):
            let kind = CatalogueText.type(type).pair
            return ("\(code.fitted(toWidth: 6)) \(name) · \(kind.0)", "\(code.fitted(toWidth: 6)) \(name) · \(kind.1)")
        case .outcomeInUse(let code, let usage):
            return ("Результат \(code) используется (колонок: \(usage.columns), критериев: \(usage.criteria)) — удалить нельзя",
                    "Outcome \(code) is in use (columns: \(usage.columns), criteria: \(usage.criteria)) and cannot be deleted")
        case .outcomeExists(let code): return ("Результат \(code) уже есть в каталоге", "Outcome \(code) is already in the catalogue")
        case .codeFixed: return ("Код результата не меняется: добавьте новый результат (F3)",
                                 "An outcome's code does not change: add a new outcome (F3)")
        case .emptyCode: return ("Нужен код", "A code is needed")
        case .emptyName: return ("Нужно название", "A name is needed")
        case .badType: return ("Тип: предметный, регулятивные, познавательные, коммуникативные или личностный",
                               "Type: subject, regulatory, cognitive, communicative or personal")
        }
    }
}
