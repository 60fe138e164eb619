/// One lesson of a class's weekly timetable: on `weekday`, lesson number `lesson`, `subject`.
public struct TimetableLesson: Hashable, Sendable {
    /// Lesson numbers a timetable may use.
    public static let numbers = 1...10

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int
    public var lesson: Int
    /// The subject's identifier (opaque to Core).
    public var subject: Int

    public init(weekday: Int, lesson: Int, subject: Int) {
        self.weekday = weekday
        self.lesson = lesson
        self.subject = subject
    }
}

/// A class's weekly timetable: weekday × lesson number → subject. A subject may appear twice a
/// day; a weekday and lesson number hold one subject.
public struct Timetable: Equatable, Sendable {
    /// The lessons ordered by weekday, then lesson number.
    public let lessons: [TimetableLesson]

    /// A timetable of `lessons`; nil when a weekday or lesson number is out of range or two
    /// lessons share a weekday and number.
    public init?(_ lessons: [TimetableLesson]) {
        var seen = Set<Int>()
        for lesson in lessons {
            guard (1...7).contains(lesson.weekday), TimetableLesson.numbers.contains(lesson.lesson),
                  seen.insert(lesson.weekday * 100 + lesson.lesson).inserted else { return nil }
        }
        self.lessons = lessons.sorted { ($0.weekday, $0.lesson) < ($1.weekday, $1.lesson) }
    }

    /// The lessons of a weekday in lesson order.
    public func lessons(on weekday: Int) -> [TimetableLesson] {
        lessons.filter { $0.weekday == weekday }
    }

    /// The subject taught on a weekday in a lesson, if any.
    public func subject(weekday: Int, lesson: Int) -> Int? {
        lessons.first { $0.weekday == weekday && $0.lesson == lesson }?.subject
    }
}
