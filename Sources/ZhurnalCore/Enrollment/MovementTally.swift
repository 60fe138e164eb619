/// One class's movement over a period (движение учащихся): at its start, arrived, left by
/// reason, at its end. `atStart + arrived − left = atEnd`.
public struct MovementTally: Hashable, Sendable {
    public private(set) var atStart = 0
    /// Arrived or transferred in after the first day, up to the last.
    public private(set) var arrived = 0
    /// Left or transferred out from the first day, before the last; by reason («перевод» stays
    /// apart as `transferredOut`).
    public private(set) var leftByReason: [String: Int] = [:]
    public private(set) var transferredOut = 0
    public private(set) var atEnd = 0

    /// Every student who left, however.
    public var left: Int { leftByReason.values.reduce(transferredOut, +) }

    /// The tally of `classID` over `days` from the students' enrollments.
    public init(classID: Int, days: ClosedRange<LocalDate>, enrollments: [Enrollment]) {
        for stay in enrollments.flatMap(\.spans) where stay.classID == classID && stay.overlaps(days) {
            let startsBefore = stay.first.map { $0 <= days.lowerBound } ?? true
            let endsAfter = stay.last.map { $0 >= days.upperBound } ?? true
            if startsBefore { atStart += 1 } else { arrived += 1 }
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

    /// The sum of several classes' tallies (the school's line).
    public static func total(_ tallies: [MovementTally]) -> MovementTally {
        var sum = MovementTally()
        for tally in tallies {
            sum.atStart += tally.atStart
            sum.arrived += tally.arrived
            sum.transferredOut += tally.transferredOut
            sum.atEnd += tally.atEnd
            sum.leftByReason.merge(tally.leftByReason, uniquingKeysWith: +)
        }
        return sum
    }

    private init() {}
}
