/// A weighted average as it stood at the end of a day.
public struct AveragePoint: Hashable, Sendable {
    /// The day of the marks.
    public var date: LocalDate
    /// The weighted average of every numeric mark up to and including `date`.
    public var average: Ratio

    /// A point of the running average.
    public init(date: LocalDate, average: Ratio) {
        self.date = date
        self.average = average
    }
}

/// The running weighted average (docs/progress.md, "Running average"): the chart line of the
/// student card, and of the class when given every student's lessons.
public enum RunningAverage {
    /// One point per day with a numeric mark, in date order: the exact average of every mark up
    /// to the end of that day. Lessons without numeric marks add no point.
    public static func series(_ lessons: [DatedEntry]) -> [AveragePoint] {
        var points: [AveragePoint] = []
        var sum = 0, weights = 0
        for lesson in lessons.sorted(by: { $0.date < $1.date }) where !lesson.marks.isEmpty {
            for mark in lesson.marks {
                sum += mark * lesson.weight.hundredths
                weights += lesson.weight.hundredths
            }
            let point = AveragePoint(date: lesson.date, average: Ratio(numerator: sum, denominator: weights))
            if points.last?.date == lesson.date { points[points.count - 1] = point } else { points.append(point) }
        }
        return points
    }

    /// The weighted average of the lessons whose date lies in `dates`; nil without marks.
    public static func average(_ lessons: [DatedEntry], in dates: ClosedRange<LocalDate>) -> Ratio? {
        var tally = MarkTally()
        for lesson in lessons where dates.contains(lesson.date) { tally.add(lesson.entry, weight: lesson.weight) }
        return tally.average
    }
}
