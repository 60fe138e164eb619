import ZhurnalCore
import ZhurnalStore

extension CommandMessage {
    /// Why a rubric file was refused, in Russian and in English.
    static func rubricPair(_ error: RubricImportError) -> (ru: String, en: String) {
        switch error {
        case .unreadable: return ("это не JSON критериев (см. docs/rubrics.md)", "not a rubric JSON (see docs/rubrics.md)")
        case .noName: return ("не указано название (name)", "no name given")
        case .controlCharacter(let scalar):
            let code = ControlCharacters.codePoint(scalar)
            return ("название, код или описание содержит невидимый управляющий символ (\(code))",
                    "a name, code or description holds an invisible control character (\(code))")
        case .badBasis(let text): return ("шкала «\(text)»: допустимо points или percent", "basis \"\(text)\": allowed are points or percent")
        case .unknownClass(let name): return ("в журнале нет класса \(name)", "the journal has no class \(name)")
        case .badDate(let text):
            return ("\(text) — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)", "\(text) is not a date (YYYY-MM-DD or DD.MM.YYYY)")
        case .unknownWork(let text): return ("неизвестный вид работы «\(text)»", "unknown kind of work \"\(text)\"")
        case .badOutcomeType(let text):
            return ("тип результата «\(text)»: допустимо subject, regulatory, cognitive, communicative, personal",
                    "outcome type \"\(text)\": allowed are subject, regulatory, cognitive, communicative, personal")
        case .badLevel(let text):
            return ("уровень «\(text)»: допустимо basic или advanced", "level \"\(text)\": allowed are basic or advanced")
        case .unknownOutcome(let code): return ("результата \(code) нет в каталоге", "outcome \(code) is not in the catalogue")
        case .store(let error): return (storePair(error, path: "журнал").ru, storePair(error, path: "the journal").en)
        case .invalid(let problem): return invalidRubricPair(problem)
        }
    }

    /// Why a rubric's criteria or scale are not valid, in Russian and in English.
    private static func invalidRubricPair(_ problem: RubricProblem) -> (ru: String, en: String) {
        switch problem {
        case .noCriteria: return ("нет ни одного критерия", "no criteria")
        case .emptyCode: return ("у критерия пустой код", "a criterion has an empty code")
        case .duplicateCode(let code): return ("код критерия \(code) повторяется", "criterion code \(code) is repeated")
        case .badMaximum(let code):
            let most = Rubric.maximumPointsPerCriterion
            return ("у критерия \(code) максимум не от 1 до \(most)", "criterion \(code) has a maximum outside 1–\(most)")
        case .noSteps: return ("в шкале нет ни одной отметки", "the scale has no marks")
        case .badMark(let mark): return ("отметка \(mark) в шкале не от 1 до 5 или повторяется", "mark \(mark) in the scale is not 1 to 5 or is repeated")
        case .badMinimum(let mark): return ("у отметки \(mark) недопустимый порог", "mark \(mark) has an invalid minimum")
        case .unknownGroup(let group): return ("группы «\(group)» нет ни у одного критерия", "no criterion is in group \"\(group)\"")
        }
    }
}
