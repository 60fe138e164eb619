import ZhurnalCore

/// One lesson column of a class's journal for a subject: a date, a kind of work, maybe a weight.
public struct LessonColumn: Hashable, Sendable {
    public let id: Int
    public let classID: Int
    public let subjectID: Int
    public var date: LocalDate
    /// The kind of work's `code`.
    public var kindCode: String
    /// The column's own weight; nil means the kind's default weight.
    public var weight: Weight?
    public var topic: String
    /// Orders columns of the same date.
    public var position: Int
    /// The timetable lesson number (1…10); nil for a column made by hand.
    public var lesson: Int? = nil
    public var homework = ""
    /// True while the topic and homework are the thematic plan's, not typed by hand.
    public var topicFromPlan = false

    /// The fields that describe the column apart from its identity.
    var snapshot: ColumnSnapshot {
        ColumnSnapshot(date: date, kindCode: kindCode, weight: weight, topic: topic, position: position,
                       lesson: lesson, homework: homework, topicFromPlan: topicFromPlan)
    }
}
