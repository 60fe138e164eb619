import ZhurnalCore

/// The movement of students (движение учащихся, docs/rules.md §8b) for a term: per
/// class at its start, arrived, transferred in, left by reason, transferred out, at its end, with
/// the movements themselves; and the school's totals.
public struct MovementReport: Sendable {
    /// One movement as the report lists it.
    public struct Event: Sendable, Equatable {
        public let student: String
        public let kind: MovementKind
        public let date: LocalDate
        /// For a transfer: the other class (the receiving one when `outgoing`, else the one he
        /// came from); empty otherwise.
        public let otherClass: String
        /// True for a transfer out of the class.
        public let outgoing: Bool
        public let reason: String
        public let order: String
    }

    /// One class's line and its movements in date order.
    public struct ClassMovement: Sendable {
        public let className: String
        /// The days counted (`MovementTally.days(of:in:)`).
        public let days: ClosedRange<LocalDate>
        public let tally: MovementTally
        public let events: [Event]
    }

    public let term: Int
    public let termKind: TermKind
    /// True while the term is still running.
    public let interim: Bool
    public let classes: [ClassMovement]

    /// The school's line: every class's tally added.
    public var totals: MovementTally { MovementTally.total(classes.map(\.tally)) }

    /// The term's label: «2 четверть».
    var periodLabel: ReportLabel { .term(TermName(term, kind: termKind)) }
}
