/// A lesson column that already exists when lessons are generated.
public struct ExistingLesson: Hashable, Sendable {
    public var id: Int
    public var subject: Int
    public var date: LocalDate
    /// The timetable lesson number; nil for a column made by hand.
    public var lesson: Int?
    /// Orders columns of the same date.
    public var position: Int

    public init(id: Int, subject: Int, date: LocalDate, lesson: Int?, position: Int) {
        self.id = id
        self.subject = subject
        self.date = date
        self.lesson = lesson
        self.position = position
    }
}

/// A lesson to create: a subject on a date in a lesson number.
public struct NewLesson: Hashable, Sendable {
    public var subject: Int
    public var date: LocalDate
    public var lesson: Int

    public init(subject: Int, date: LocalDate, lesson: Int) {
        self.subject = subject
        self.date = date
        self.lesson = lesson
    }
}

/// What generating lessons does: the lessons to create, in date and lesson order, and the
/// columns made by hand that take a timetable lesson number instead of getting a twin.
public struct LessonGenerationPlan: Equatable, Sendable {
    public var created: [NewLesson] = []
    /// Columns without a lesson number that become the lesson with this number.
    public var numbered: [(id: Int, lesson: Int)] = []

    public static func == (a: LessonGenerationPlan, b: LessonGenerationPlan) -> Bool {
        a.created == b.created && a.numbered.map(\.id) == b.numbered.map(\.id)
            && a.numbered.map(\.lesson) == b.numbered.map(\.lesson)
    }
}

/// Lessons from the timetable (docs/rules.md §6): one lesson per timetable
/// lesson on each school day of the class that is not a holiday.
public enum LessonGenerator {
    /// The plan for one class over `dates`.
    ///
    /// A school day is a day inside one of the class's terms (its parallel's calendar) and outside
    /// every holiday that covers its grade. On such a day each timetable lesson of the weekday
    /// wants a column of its subject with its lesson number. A column with that date, subject and
    /// number is kept; else a column of that date and subject without a number (made by hand,
    /// taken in position order) gets the number; else a lesson is created. Running the plan again
    /// therefore creates nothing.
    ///
    /// - Parameters:
    ///   - subjects: only these subjects when given.
    ///   - existing: the class's columns dated within `dates`.
    public static func plan(dates: ClosedRange<LocalDate>, timetable: Timetable, calendar: SchoolCalendar, grade: Int?,
                            subjects: Set<Int>? = nil, existing: [ExistingLesson]) -> LessonGenerationPlan {
        var byDay: [DaySubject: [ExistingLesson]] = [:]
        for lesson in existing { byDay[DaySubject(date: lesson.date, subject: lesson.subject), default: []].append(lesson) }
        let week = (1...7).map { day in timetable.lessons(on: day).filter { subjects?.contains($0.subject) ?? true } }
        var plan = LessonGenerationPlan()
        var day = dates.lowerBound.dayNumber
        while day <= dates.upperBound.dayNumber {
            let date = LocalDate(dayNumber: day)
            day += 1
            let lessons = week[date.weekday - 1]
            guard !lessons.isEmpty, calendar.isSchoolDay(date, grade: grade) else { continue }
            var unnumbered: [Int: [ExistingLesson]] = [:]
            var numbered: [Int: Set<Int>] = [:]
            for subject in Set(lessons.map(\.subject)) {
                let columns = byDay[DaySubject(date: date, subject: subject)] ?? []
                numbered[subject] = Set(columns.compactMap(\.lesson))
                unnumbered[subject] = columns.filter { $0.lesson == nil }.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
            }
            for lesson in lessons where numbered[lesson.subject]?.contains(lesson.lesson) != true {
                if let column = unnumbered[lesson.subject]?.first {
                    unnumbered[lesson.subject]?.removeFirst()
                    plan.numbered.append((column.id, lesson.lesson))
                } else {
                    plan.created.append(NewLesson(subject: lesson.subject, date: date, lesson: lesson.lesson))
                }
            }
        }
        return plan
    }

    private struct DaySubject: Hashable {
        let date: LocalDate
        let subject: Int
    }
}
