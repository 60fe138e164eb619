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

    /// The fields that describe the column apart from its identity.
    var snapshot: ColumnSnapshot {
        ColumnSnapshot(date: date, kindCode: kindCode, weight: weight, topic: topic, position: position)
    }
}
