/// What the school calls its attestation periods (docs/architecture.md, "Term names and printed
/// forms"): printed forms name a period by its kind — «2 четверть», «1 триместр», «1 полугодие» —
/// never «2 период».
public enum TermKind: String, Codable, CaseIterable, Sendable {
    case quarter, trimester, halfYear
    /// A calendar of some other number of terms: the neutral word.
    case period

    /// The kind of a calendar of `count` terms: four quarters, three trimesters, two half-years.
    public init(termCount count: Int) {
        switch count {
        case 4: self = .quarter
        case 3: self = .trimester
        case 2: self = .halfYear
        default: self = .period
        }
    }
}

extension TermCalendar {
    /// The kind of the calendar's terms, from how many there are.
    public var kind: TermKind { TermKind(termCount: terms.count) }
}
