import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// What the movement commands say (`zhurnal student …`, `zhurnal import movements`): results,
/// refusals, and a movements file's bad rows.
public enum MovementMessage: Sendable {
    /// A movement was recorded: `student` in `className` (`to`: the receiving class of a
    /// transfer, the new name of a rename).
    case recorded(MovementKind, student: String, className: String, date: LocalDate, to: String)
    /// `student rename --name` needs «Фамилия Имя [Отчество]».
    case needsFullName(String)
    /// A name, reason or order number holds an invisible control character (its code point).
    case controlCharacter(UInt32)
    /// The journal refused the movement.
    case refused(StoreError)
    case imported(Int)

    /// The text in a language.
    public func text(_ language: Language) -> String {
        language == .ru ? pair.ru : pair.en
    }

    /// The whole sentence in Russian and in English.
    private var pair: (ru: String, en: String) {
        switch self {
        case .recorded(let kind, let student, let className, let date, let to):
            let day = date.russian
            switch kind {
            case .arrive:
                return (
                    "\(student): прибытие в \(className) с \(day)",
                    "\(student) arrived in \(className) from \(day)"
                )
            case .leave:
                return (
                    "\(student): выбытие из \(className) \(day)",
                    "\(student) left \(className) on \(day)"
                )
            case .transfer:
                return (
                    "\(student): перевод из \(className) в \(to) с \(day)",
                    "\(student) moved from \(className) to \(to) from \(day)"
                )
            case .rename:
                return (
                    "\(student) (\(className)): новое имя \(to) с \(day)",
                    "\(student) (\(className)) is \(to) from \(day)"
                )
            }
        case .needsFullName(let name):
            return (
                "«\(name)»: нужны фамилия и имя (и отчество, если есть)",
                "\"\(name)\": a last and a first name are needed (and the patronymic, if any)"
            )
        case .controlCharacter(let scalar):
            let code = ControlCharacters.codePoint(scalar)
            return (
                "в имени, причине или приказе невидимый управляющий символ (\(code)); ничего не изменено",
                "a name, reason or order holds an invisible control character (\(code)); nothing was changed"
            )
        case .refused(let error): return Self.refusalPair(error)
        case .imported(let count):
            return ("записано движений: \(count)", "movements recorded: \(count)")
        }
    }

    /// A refused movement in a language: the movement rules' own words, else the store's message.
    static func refusal(_ error: StoreError, language: Language) -> String {
        let pair = refusalPair(error)
        return language == .ru ? pair.ru : pair.en
    }

    private static func refusalPair(_ error: StoreError) -> (ru: String, en: String) {
        switch error {
        case .notEnrolled(_, let date):
            return (
                "ученик не числится в классе \(date.russian) (или уже в том классе); ничего не изменено",
                "the student is not in the class on \(date.russian) (or is already in that class); nothing was changed"
            )
        default:
            let store = CommandMessage.store(error, path: "")
            return (store.text(.ru), store.text(.en))
        }
    }

    /// A movements file's bad row that only this file has.
    static func problem(_ problem: ImportProblem, language: Language) -> String {
        let pair: (ru: String, en: String)
        switch problem {
        case .badEvent(let text):
            pair = ("событие «\(text)»: допустимо прибыл, выбыл, перевод", "event \"\(text)\": allowed are arrive, leave, transfer")
        case .movementRefused(let error): pair = refusalPair(error)
        default: return "\(problem)"
        }
        return language == .ru ? pair.ru : pair.en
    }
}
