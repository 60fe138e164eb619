import TerminalUI

/// What the staff commands and screens say: results and read refusals.
public enum PeopleMessage: Sendable, Equatable {
    case staffImported(Int)
    case termLocked(Int)
    case termUnlocked(Int)
    /// `--term N` names no term of the school calendar (which has `count`).
    case noSuchTerm(Int, count: Int)
    /// The acting person may not read the class's (and subject's) journal.
    case cannotRead(className: String, subject: String?)

    /// The text in a language.
    public func text(_ language: Language) -> String {
        language == .ru ? pair.ru : pair.en
    }

    /// The whole sentence in Russian and in English.
    private var pair: (ru: String, en: String) {
        switch self {
        case .staffImported(let count):
            return ("сотрудников в списке: \(count)", "staff members written: \(count)")
        case .termLocked(let term):
            return (
                "период \(term) закрыт: изменения запрещены до открытия",
                "term \(term) is locked: no changes until unlocked"
            )
        case .termUnlocked(let term):
            return ("период \(term) открыт для изменений", "term \(term) is open for changes")
        case .noSuchTerm(let term, let count):
            return (
                "в календаре школы нет периода \(term) (периодов: \(count))",
                "the school calendar has no term \(term) (terms: \(count))"
            )
        case .cannotRead(let className, let subject):
            let what = subject.map { "\(className), «\($0)»" } ?? className
            return (
                "Нет права читать журнал \(what): его видят учитель по нагрузке, классный руководитель, завуч",
                "Not allowed to read the journal of \(what): its teacher, class teacher and deputy head may"
            )
        }
    }
}
