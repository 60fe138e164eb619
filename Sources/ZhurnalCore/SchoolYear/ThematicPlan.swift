/// One topic of a thematic plan (КТП): its number in the plan, the topic and the homework.
public struct PlanTopic: Hashable, Sendable {
    public var number: Int
    public var topic: String
    public var homework: String

    public init(number: Int, topic: String, homework: String) {
        self.number = number
        self.topic = topic
        self.homework = homework
    }
}

/// A lesson column as the plan sees it.
public struct PlannedLesson: Hashable, Sendable {
    public var id: Int
    public var date: LocalDate
    /// The timetable lesson number; nil for a column made by hand.
    public var lesson: Int?
    public var topic: String
    public var homework: String
    /// True when the topic and homework were put there by the plan, not typed by hand.
    public var fromPlan: Bool

    public init(id: Int, date: LocalDate, lesson: Int?, topic: String, homework: String, fromPlan: Bool) {
        self.id = id
        self.date = date
        self.lesson = lesson
        self.topic = topic
        self.homework = homework
        self.fromPlan = fromPlan
    }

    /// A topic or homework typed by hand, which the plan never replaces.
    public var isHandTyped: Bool { !fromPlan && !(topic.isEmpty && homework.isEmpty) }
}

/// A new topic and homework for a lesson column.
public struct LessonTopicChange: Hashable, Sendable {
    public var id: Int
    public var topic: String
    public var homework: String
    public var fromPlan: Bool
}

/// What assigning a plan does.
public struct PlanAssignment: Equatable, Sendable {
    public var changes: [LessonTopicChange] = []
    /// Lessons whose hand-typed topic stays where the plan has another topic.
    public var kept: [PlannedLesson] = []
    /// Plan topics left over for want of lessons.
    public var unplaced = 0
}

/// The thematic plan's rule (docs/file-formats.md, "Thematic plan"): topics go to the class's
/// lessons of the subject in date order, the plan's first topic to the first lesson.
public enum ThematicPlan {
    /// Assigns `plan` to `columns`, which are the class-subject's columns in date, lesson and
    /// position order.
    ///
    /// Columns sharing a date and lesson number are one lesson: the first of them takes the topic.
    /// A lesson with a hand-typed topic or homework keeps it, and its plan topic is not moved to
    /// another lesson. A lesson whose topic came from the plan and that the plan no longer reaches
    /// is cleared.
    public static func assign(_ plan: [PlanTopic], to columns: [PlannedLesson]) -> PlanAssignment {
        let topics = plan.sorted { $0.number < $1.number }
        var result = PlanAssignment()
        var index = 0
        var previous: (LocalDate, Int)?
        for column in columns {
            if let lesson = column.lesson, let last = previous, last == (column.date, lesson) { continue }
            previous = column.lesson.map { (column.date, $0) }
            defer { index += 1 }
            let wanted = index < topics.count ? topics[index] : nil
            if column.isHandTyped {
                if let wanted, wanted.topic != column.topic || wanted.homework != column.homework { result.kept.append(column) }
                continue
            }
            let change = LessonTopicChange(id: column.id, topic: wanted?.topic ?? "", homework: wanted?.homework ?? "",
                                           fromPlan: wanted != nil)
            if change.topic != column.topic || change.homework != column.homework || change.fromPlan != column.fromPlan {
                result.changes.append(change)
            }
        }
        result.unplaced = max(0, topics.count - index)
        return result
    }
}
