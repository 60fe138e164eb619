/// What `generateLessons` did.
public struct LessonGenerationResult: Equatable, Sendable {
    /// Lesson columns created.
    public var created = 0
    /// Columns made by hand that took their timetable lesson number.
    public var numbered = 0
    /// Classes whose timetable was read.
    public var classes = 0
    /// Lessons that received a topic from the thematic plan.
    public var topics = 0
}
