import ZhurnalCore
import ZhurnalStore

extension CommandMessage {
    /// Why a rubric file was refused, in Russian.
    static func russianRubric(_ error: RubricImportError) -> String {
        switch error {
        case .unreadable: return "это не JSON критериев (см. docs/rubrics.md)"
        case .noName: return "не указано название (name)"
        case .badBasis(let text): return "шкала «\(text)»: допустимо points или percent"
        case .unknownClass(let name): return "в журнале нет класса \(name)"
        case .badDate(let text): return "\(text) — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)"
        case .unknownWork(let text): return "неизвестный вид работы «\(text)»"
        case .badOutcomeType(let text): return "тип результата «\(text)»: допустимо subject, regulatory, cognitive, communicative, personal"
        case .badLevel(let text): return "уровень «\(text)»: допустимо basic или advanced"
        case .unknownOutcome(let code): return "результата \(code) нет в каталоге"
        case .store(let error): return CommandMessage.store(error, path: "журнал").text(.ru)
        case .invalid(let problem):
            switch problem {
            case .noCriteria: return "нет ни одного критерия"
            case .emptyCode: return "у критерия пустой код"
            case .duplicateCode(let code): return "код критерия \(code) повторяется"
            case .badMaximum(let code): return "у критерия \(code) максимум не от 1 до \(Rubric.maximumPointsPerCriterion)"
            case .noSteps: return "в шкале нет ни одной отметки"
            case .badMark(let mark): return "отметка \(mark) в шкале не от 1 до 5 или повторяется"
            case .badMinimum(let mark): return "у отметки \(mark) недопустимый порог"
            case .unknownGroup(let group): return "группы «\(group)» нет ни у одного критерия"
            }
        }
    }

    /// Why a rubric file was refused, in English.
    static func englishRubric(_ error: RubricImportError) -> String {
        switch error {
        case .unreadable: return "not a rubric JSON (see docs/rubrics.md)"
        case .noName: return "no name given"
        case .badBasis(let text): return "basis \"\(text)\": allowed are points or percent"
        case .unknownClass(let name): return "the journal has no class \(name)"
        case .badDate(let text): return "\(text) is not a date (YYYY-MM-DD or DD.MM.YYYY)"
        case .unknownWork(let text): return "unknown kind of work \"\(text)\""
        case .badOutcomeType(let text): return "outcome type \"\(text)\": allowed are subject, regulatory, cognitive, communicative, personal"
        case .badLevel(let text): return "level \"\(text)\": allowed are basic or advanced"
        case .unknownOutcome(let code): return "outcome \(code) is not in the catalogue"
        case .store(let error): return CommandMessage.store(error, path: "the journal").text(.en)
        case .invalid(let problem):
            switch problem {
            case .noCriteria: return "no criteria"
            case .emptyCode: return "a criterion has an empty code"
            case .duplicateCode(let code): return "criterion code \(code) is repeated"
            case .badMaximum(let code): return "criterion \(code) has a maximum outside 1–\(Rubric.maximumPointsPerCriterion)"
            case .noSteps: return "the scale has no marks"
            case .badMark(let mark): return "mark \(mark) in the scale is not 1 to 5 or is repeated"
            case .badMinimum(let mark): return "mark \(mark) has an invalid minimum"
            case .unknownGroup(let group): return "no criterion is in group \"\(group)\""
            }
        }
    }
}
