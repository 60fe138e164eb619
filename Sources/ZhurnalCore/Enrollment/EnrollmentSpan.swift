/// One stay of a student in one class: from his first day to his last, both included; an open
/// end means from before the journal's time, or still there.
public struct EnrollmentSpan: Hashable, Sendable {
    /// How a stay ended.
    public enum End: Hashable, Sendable {
        /// He left the school (выбыл), for this reason (empty when not given).
        case left(reason: String)
        /// He was transferred to another class of the school.
        case transferred(toClassID: Int)
    }

    public var classID: Int
    /// The first day; nil: enrolled before any date the journal knows.
    public var first: LocalDate?
    /// The last day; nil: still enrolled.
    public var last: LocalDate?
    /// How the stay ended; nil while it runs.
    public var end: End?

    public init(classID: Int, first: LocalDate? = nil, last: LocalDate? = nil, end: End? = nil) {
        self.classID = classID
        self.first = first
        self.last = last
        self.end = end
    }

    /// True when `date` falls within the stay.
    public func contains(_ date: LocalDate) -> Bool {
        (first.map { $0 <= date } ?? true) && (last.map { date <= $0 } ?? true)
    }

    /// True when the stay and `days` have a day in common.
    public func overlaps(_ days: ClosedRange<LocalDate>) -> Bool {
        (first.map { $0 <= days.upperBound } ?? true) && (last.map { days.lowerBound <= $0 } ?? true)
    }
}
