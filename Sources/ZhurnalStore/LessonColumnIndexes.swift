/// Where a query's result row holds each field of a `LessonColumn`, found once per query by the
/// names `Journal.columnColumns` selects, so that decoding many rows looks no name up.
struct LessonColumnIndexes {
    let id, classID, subjectID, date, kindCode, weight, topic, position, lesson, homework, topicFromPlan: Int32

    /// The indexes of `statement`'s result columns `id`, `class_id`, … `topic_from_plan`.
    init(_ statement: Statement) {
        id = statement.column("id")
        classID = statement.column("class_id")
        subjectID = statement.column("subject_id")
        date = statement.column("date")
        kindCode = statement.column("kind_code")
        weight = statement.column("weight_hundredths")
        topic = statement.column("topic")
        position = statement.column("position")
        lesson = statement.column("lesson")
        homework = statement.column("homework")
        topicFromPlan = statement.column("topic_from_plan")
    }
}
