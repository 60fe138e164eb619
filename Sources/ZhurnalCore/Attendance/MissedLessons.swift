/// A student's lessons and those he missed (н, б, у; not оп) among his lessons of one subject —
/// what the card shows as «пропуски» and what the risk rule on absences compares
/// (docs/progress.md). A lesson he is exempt from (осв) is not counted as a lesson.
public struct MissedLessons: Hashable, Sendable {
    /// Lessons counted.
    public let lessons: Int
    /// Lessons missed among them.
    public let missed: Int

    /// Counts `held`, the lessons to look at (a term's up to a day).
    public init(_ held: [DatedEntry]) {
        let counted = held.filter { $0.entry != .exempt }
        lessons = counted.count
        missed = counted.filter(\.isMissed).count
    }

    /// True when more than `percent` % of the lessons were missed; never without lessons.
    public func isOver(percent: Int) -> Bool {
        lessons > 0 && missed * 100 > percent * lessons
    }
}
