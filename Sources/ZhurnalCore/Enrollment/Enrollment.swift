/// The classes a student belonged to over time (docs/rules.md §8b), derived from
/// his movements: with none he is in his class for good.
public struct Enrollment: Hashable, Sendable {
    /// His stays, oldest first.
    public let spans: [EnrollmentSpan]

    public init(spans: [EnrollmentSpan]) {
        self.spans = spans
    }

    /// Always in `classID`: a student without movements.
    public static func always(in classID: Int) -> Enrollment {
        Enrollment(spans: [EnrollmentSpan(classID: classID)])
    }

    /// The stays `movements` make, taken in date order (same dates in the order given). Before
    /// the first movement he was in its class unless it is an arrival; renames change nothing;
    /// with no movements he is always in `classID`.
    public init(classID: Int, movements: [Movement]) {
        let moves = movements.enumerated()
            .filter { $0.element.kind != .rename }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        guard let firstMove = moves.first else {
            self = .always(in: classID)
            return
        }
        var spans: [EnrollmentSpan] = []
        var open: EnrollmentSpan? = firstMove.kind == .arrive ? nil : EnrollmentSpan(classID: firstMove.classID)
        for move in moves {
            switch move.kind {
            case .arrive:
                if var stay = open { stay.last = move.date.adding(days: -1); spans.append(stay) }
                open = EnrollmentSpan(classID: move.classID, first: move.date)
            case .leave:
                if var stay = open {
                    stay.last = move.date
                    stay.end = .left(reason: move.reason)
                    spans.append(stay)
                }
                open = nil
            case .transfer:
                let target = move.toClassID ?? move.classID
                if var stay = open {
                    stay.last = move.date.adding(days: -1)
                    stay.end = .transferred(toClassID: target)
                    spans.append(stay)
                }
                open = EnrollmentSpan(classID: target, first: move.date)
            case .rename:
                continue
            }
        }
        if let open { spans.append(open) }
        self.spans = spans.filter { stay in
            guard let first = stay.first, let last = stay.last else { return true }
            return first <= last
        }
    }

    /// True when he is in `classID` on `date`.
    public func isEnrolled(in classID: Int, on date: LocalDate) -> Bool {
        spans.contains { $0.classID == classID && $0.contains(date) }
    }

    /// True when he is in some class of the school on `date`.
    public func isEnrolled(on date: LocalDate) -> Bool {
        spans.contains { $0.contains(date) }
    }

    /// True when he was in `classID` on some day of `days` (he belongs on its grid).
    public func wasEnrolled(in classID: Int, during days: ClosedRange<LocalDate>) -> Bool {
        spans.contains { $0.classID == classID && $0.overlaps(days) }
    }

    /// True when he was in some class of the school on some day of `days`.
    public func wasEnrolled(during days: ClosedRange<LocalDate>) -> Bool {
        spans.contains { $0.overlaps(days) }
    }

    /// The classes he belonged to during `days`, other than `classID`, in the order he was there.
    public func otherClasses(than classID: Int, during days: ClosedRange<LocalDate>) -> [Int] {
        var seen: [Int] = []
        for stay in spans where stay.classID != classID && stay.overlaps(days) && !seen.contains(stay.classID) {
            seen.append(stay.classID)
        }
        return seen
    }

    /// His class on `date`, nil when he is in none.
    public func classID(on date: LocalDate) -> Int? {
        spans.last { $0.contains(date) }?.classID
    }

    /// The days of `days` from his first to his last day in `classID`; nil when he was not in it
    /// on any of them.
    public func days(in classID: Int, within days: ClosedRange<LocalDate>) -> ClosedRange<LocalDate>? {
        let stays = spans.filter { $0.classID == classID && $0.overlaps(days) }
        guard !stays.isEmpty else { return nil }
        let first = stays.map { max($0.first ?? days.lowerBound, days.lowerBound) }.min() ?? days.lowerBound
        let last = stays.map { min($0.last ?? days.upperBound, days.upperBound) }.max() ?? days.upperBound
        return first...last
    }

    /// True when he was ever in `classID`.
    public func includes(classID: Int) -> Bool {
        spans.contains { $0.classID == classID }
    }
}
