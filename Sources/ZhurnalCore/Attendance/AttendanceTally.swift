/// One student's (or a class's) attendance over a period (docs/user-guide.md §10): the lessons
/// counted and those missed, by reason, and the late arrivals.
public struct AttendanceTally: Hashable, Sendable {
    /// Lessons counted: held (a column exists) on a day the student was enrolled, up to today.
    public var lessons = 0
    /// Missed for illness (`б`).
    public var ill = 0
    /// Missed with a valid reason (`у`).
    public var excused = 0
    /// Missed without a reason (`н`).
    public var unexcused = 0
    /// Came late (`оп`); a late arrival is not a missed lesson.
    public var late = 0

    public init(lessons: Int = 0, ill: Int = 0, excused: Int = 0, unexcused: Int = 0, late: Int = 0) {
        self.lessons = lessons
        self.ill = ill
        self.excused = excused
        self.unexcused = unexcused
        self.late = late
    }

    /// Lessons missed for any reason.
    public var missed: Int { ill + excused + unexcused }

    /// The share of lessons missed, in percent (exact); nil when no lesson was counted.
    public var missedPercent: Ratio? { Ratio.percent(missed, of: lessons) }

    /// Counts one lesson with the student's mark of it.
    mutating func count(_ presence: LessonPresence) {
        lessons += 1
        switch presence {
        case .present: break
        case .late: late += 1
        case .ill: ill += 1
        case .excused: excused += 1
        case .unexcused: unexcused += 1
        }
    }

    /// The sum of two tallies: a class's totals are its students' tallies added (so the totals'
    /// lessons are student-lessons and the share is missed over them).
    public static func + (a: AttendanceTally, b: AttendanceTally) -> AttendanceTally {
        AttendanceTally(lessons: a.lessons + b.lessons, ill: a.ill + b.ill, excused: a.excused + b.excused,
                        unexcused: a.unexcused + b.unexcused, late: a.late + b.late)
    }
}
