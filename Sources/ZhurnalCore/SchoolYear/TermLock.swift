/// A locked term (docs/rules.md §6, locking). Term numbers count within a calendar, and
/// parallels may follow different calendars, so a lock names the calendar's kind too: «2 четверть»
/// locks the second quarter of every class on quarters and leaves classes on half-years open.
/// The year (term 0) is one for every class.
public struct TermLock: Hashable, Sendable, CustomStringConvertible {
    /// 1-based term number within its calendar; 0 for the year.
    public let number: Int
    /// The kind of calendar the term belongs to; nil for the year.
    public let kind: TermKind?

    /// The lock of term `number` of a calendar of `kind` (the year's lock when `number` is 0).
    public init(term number: Int, kind: TermKind) {
        self.number = number
        self.kind = number == 0 ? nil : kind
    }

    /// The lock of the term containing a date in a class's calendar; nil outside its terms.
    public init?(date: LocalDate, calendar: TermCalendar) {
        guard let term = calendar.term(containing: date) else { return nil }
        self.init(term: term.number, kind: calendar.kind)
    }

    /// Reads `quarter:2`, `halfYear:1` or `0`; a bare number other than 0 (as older versions
    /// wrote, before calendars per parallel) is a term of the school's calendar, `schoolKind`.
    public init?(parsing text: String, schoolKind: TermKind) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let number = Int(parts[0]), number >= 0 else { return nil }
            self.init(term: number, kind: schoolKind)
        case 2:
            guard let kind = TermKind(rawValue: String(parts[0])), let number = Int(parts[1]), number > 0 else { return nil }
            self.init(term: number, kind: kind)
        default:
            return nil
        }
    }

    /// `quarter:2`, or `0` for the year.
    public var description: String { kind.map { "\($0.rawValue):\(number)" } ?? "0" }
}
