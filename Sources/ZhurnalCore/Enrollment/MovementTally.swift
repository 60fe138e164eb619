/// One class's movement over a period (движение учащихся): at its start, arrived, transferred in
/// from another class, left the school by reason, transferred out to another class, at its end.
/// `atStart + arrived + transferredIn − left − transferredOut = atEnd`.
///
/// A period runs from its anchor day (`days.lowerBound`: who is enrolled that day is «at start»)
/// to its last day (who is enrolled that day is «at end»); see ``days(of:in:)`` for the anchor of
/// a term, which makes one term's end the next one's start.
public struct MovementTally: Hashable, Sendable {
    public private(set) var atStart = 0
    /// Arrived in the school after the anchor day, up to the last day.
    public private(set) var arrived = 0
    /// Transferred in from another class of the school after the anchor day, up to the last day.
    public private(set) var transferredIn = 0
    /// Left the school from the anchor day on, before the last day, by reason (empty: not given).
    public private(set) var leftByReason: [String: Int] = [:]
    /// Transferred to another class of the school (his last day here before the period's last).
    public private(set) var transferredOut = 0
    public private(set) var atEnd = 0

    /// Every student who left the school, whatever the reason.
    public var left: Int { leftByReason.values.reduce(0, +) }

    /// The tally of `classID` over `days` from the students' enrollments.
    public init(classID: Int, days: ClosedRange<LocalDate>, enrollments: [Enrollment]) {
        for enrollment in enrollments {
            for (index, stay) in enrollment.spans.enumerated() where stay.classID == classID && stay.overlaps(days) {
                let startsBefore = stay.first.map { $0 <= days.lowerBound } ?? true
                let endsAfter = stay.last.map { $0 >= days.upperBound } ?? true
                if startsBefore {
                    atStart += 1
                } else if index > 0, Self.followsTransfer(enrollment.spans[index - 1], into: stay) {
                    transferredIn += 1
                } else {
                    arrived += 1
                }
                if endsAfter {
                    atEnd += 1
                } else {
                    switch stay.end {
                    case .transferred: transferredOut += 1
                    case .left(let reason): leftByReason[reason, default: 0] += 1
                    case nil: leftByReason["", default: 0] += 1
                    }
                }
            }
        }
    }

    /// The sum of several classes' tallies (the school's line; a transfer within the school is
    /// in one class's `transferredOut` and another's `transferredIn`).
    public static func total(_ tallies: [MovementTally]) -> MovementTally {
        var sum = MovementTally()
        for tally in tallies {
            sum.atStart += tally.atStart
            sum.arrived += tally.arrived
            sum.transferredIn += tally.transferredIn
            sum.transferredOut += tally.transferredOut
            sum.atEnd += tally.atEnd
            sum.leftByReason.merge(tally.leftByReason, uniquingKeysWith: +)
        }
        return sum
    }

    /// The days a term's movement is counted over: from the previous term's last day (the first
    /// term: the day before it begins) to the term's last day. So a term's «at end» is the next
    /// one's «at start», and a movement in the holidays counts in the term after them.
    public static func days(of term: Term, in calendar: TermCalendar) -> ClosedRange<LocalDate> {
        let anchor = calendar.terms.last { $0.end < term.start }?.end ?? term.start.adding(days: -1)
        return anchor...term.end
    }

    /// True when a movement falls within `days` as the tally counts it: an arrival or transfer
    /// (the first day in the new class) after the anchor day, a departure (the last day) from the
    /// anchor day on and before the last day. Renames never count.
    public static func counts(_ movement: Movement, in days: ClosedRange<LocalDate>) -> Bool {
        switch movement.kind {
        case .arrive, .transfer: return days.lowerBound < movement.date && movement.date <= days.upperBound
        case .leave: return days.lowerBound <= movement.date && movement.date < days.upperBound
        case .rename: return false
        }
    }

    /// True when `stay` begins the day after `previous` ended by a transfer into its class.
    private static func followsTransfer(_ previous: EnrollmentSpan, into stay: EnrollmentSpan) -> Bool {
        guard case .transferred(let target) = previous.end, target == stay.classID,
              let last = previous.last, let first = stay.first else { return false }
        return last.adding(days: 1) == first
    }

    private init() {}
}
