import ZhurnalCore

/// The texts of the rubric scoring screen, Russian and English side by side.
public enum AssessmentScreenText: Hashable, Sendable {
    case keyRubric, keyPoints, keyRow, noRubric
    case rubricTitle(rubric: String, student: String, position: Int, count: Int)
    case keyNextStudent, keyPreviousStudent, lastStudent, firstStudent
    case criterion, points, total(earned: Int, maximum: Int), mark(String), noMark
    case tooMany(Int), scored(String)
    case keyOutcomes, outcomesTitle(String), classOutcomes, outcome, basic, advanced, notReached, share, average
    case selfAssessment(SelfAssessment)
    case pickRubric, keyAttach
    case level, byLevel, studentColumn, classColumn, notes, noOutcomes, noNotes
    case fieldOutcomes, unknownOutcome(String)
    case keyNote, noteTitle(String), fieldWorked, fieldNextStep, fieldSelf, fieldLevel, badSelf, badLevel, noteSaved

    var pair: (String, String) {
        switch self {
        case .keyRubric: return ("Баллы по критериям в этой работе (колонки с критериями помечены #)",
                                 "Criteria points of this work (columns with a rubric are marked #)")
        case .keyPoints: return ("Баллы по критерию (Enter — сохранить)", "Points of the criterion (Enter saves)")
        case .keyRow: return ("Другой критерий", "Another criterion")
        case .noRubric: return ("Критериев ещё нет: Настройки (F9 в списке классов) → F5, или zhurnal import rubric",
                                "No rubrics yet: settings (F9 in the class list) → F5, or zhurnal import rubric")
        case .rubricTitle(let rubric, let student, let position, let count):
            return ("Критерии: \(rubric) · \(student) (\(position) из \(count))", "Rubric: \(rubric) · \(student) (\(position) of \(count))")
        case .keyNextStudent: return ("Следующий ученик (набранные баллы сохраняются)", "Next student (typed points are saved)")
        case .keyPreviousStudent: return ("Предыдущий ученик (набранные баллы сохраняются)", "Previous student (typed points are saved)")
        case .lastStudent: return ("Это последний ученик класса", "This is the last student of the class")
        case .firstStudent: return ("Это первый ученик класса", "This is the first student of the class")
        case .criterion: return ("Критерий", "Criterion")
        case .points: return ("Баллы", "Points")
        case .total(let earned, let maximum): return ("Итого: \(earned) из \(maximum)", "Total: \(earned) of \(maximum)")
        case .mark(let mark): return ("Отметка: \(mark)", "Mark: \(mark)")
        case .noMark: return ("Отметка: —", "Mark: —")
        case .tooMany(let maximum): return ("Не больше \(maximum) баллов", "At most \(maximum) points")
        case .scored(let mark): return ("Сохранено, отметка \(mark)", "Saved, mark \(mark)")
        case .keyOutcomes: return ("Результаты и уровни: класс и ученик", "Outcomes and levels: class and student")
        case .outcomesTitle(let student): return ("Результаты: \(student)", "Outcomes: \(student)")
        case .classOutcomes: return ("Класс: сколько достигли уровня", "Class: how many reached a level")
        case .outcome: return ("Результат", "Outcome")
        case .basic: return ("базовый", "basic")
        case .advanced: return ("повышенный", "advanced")
        case .notReached: return ("не достигнут", "not reached")
        case .share: return ("Доля баллов", "Points share")
        case .average: return ("Ср.б", "Avg")
        case .pickRubric: return ("Критерии для этой колонки", "A rubric for this column")
        case .keyAttach: return ("Назначить критерии колонке и выставить баллы", "Attach the rubric to the column and score it")
        case .selfAssessment(.green): return ("зелёный", "green")
        case .selfAssessment(.yellow): return ("жёлтый", "yellow")
        case .selfAssessment(.red): return ("красный", "red")
        case .level: return ("Уровень", "Level")
        case .byLevel: return ("Отметки по уровням работ", "Marks by level of work")
        case .studentColumn: return ("ученик", "student")
        case .classColumn: return ("класс", "class")
        case .notes: return ("Заметки формирующего оценивания", "Formative notes")
        case .noOutcomes: return ("Каталог результатов пуст: Настройки (F9) → F6, или zhurnal import rubric",
                                  "The outcome catalogue is empty: settings (F9) → F6, or zhurnal import rubric")
        case .noNotes: return ("Заметок нет", "No notes")
        case .keyNote: return ("Заметка формирующего оценивания к этой клетке", "Formative note of this cell")
        case .noteTitle(let student): return ("Заметка: \(student)", "Note: \(student)")
        case .fieldWorked: return ("Что получилось", "What worked")
        case .fieldNextStep: return ("Следующий шаг", "Next step")
        case .fieldSelf: return ("Самооценка: з (зелёный), ж (жёлтый), к (красный)", "Self-assessment: g (green), y (yellow), r (red)")
        case .fieldLevel: return ("Уровень: б (базовый), п (повышенный)", "Level: b (basic), a (advanced)")
        case .badSelf: return ("Самооценка: з, ж или к", "Self-assessment: g, y or r")
        case .badLevel: return ("Уровень: б или п", "Level: b or a")
        case .fieldOutcomes: return ("Результаты (коды через запятую)", "Outcomes (codes, comma-separated)")
        case .unknownOutcome(let code): return ("Результата «\(code)» нет в каталоге", "Outcome \"\(code)\" is not in the catalogue")
        case .noteSaved: return ("Заметка сохранена", "Note saved")
        }
    }
}
