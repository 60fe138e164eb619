/// Counts attendance over a class's lesson columns (docs/user-guide.md §10, "Attendance and the
/// class teacher's report").
///
/// A lesson is a subject's lesson on a date: the columns of one subject, date and timetable
/// lesson number are one lesson (columns without a number on a date are one lesson of that
/// date). A lesson counts for a student when it falls within the counted days and within the
/// days the student was enrolled; a student enrolled on none of the counted days is left out.
public enum AttendanceCounting {
    /// A lesson column as attendance sees it.
    public struct Column: Hashable, Sendable {
        public let id: Int
        public let subject: Int
        public let date: LocalDate
        /// The timetable lesson number; nil for a column made by hand.
        public let lesson: Int?

        public init(id: Int, subject: Int, date: LocalDate, lesson: Int?) {
            self.id = id
            self.subject = subject
            self.date = date
            self.lesson = lesson
        }
    }

    /// A student and the days he was enrolled in the class; nil means every counted day (the
    /// journal without movements).
    public struct Student: Hashable, Sendable {
        public let id: Int
        public let enrolled: ClosedRange<LocalDate>?

        public init(id: Int, enrolled: ClosedRange<LocalDate>? = nil) {
            self.id = id
            self.enrolled = enrolled
        }
    }

    /// One student's count.
    public struct Row: Hashable, Sendable {
        public let studentID: Int
        public let tally: AttendanceTally

        public init(studentID: Int, tally: AttendanceTally) {
            self.studentID = studentID
            self.tally = tally
        }
    }

    /// The tally of each student enrolled on some of `days`, in the order given, over the
    /// lessons of `columns` dated within `days`; `entry` reads a student's entry in a column.
    public static func count(columns: [Column], students: [Student], days: ClosedRange<LocalDate>,
                             entry: (_ columnID: Int, _ studentID: Int) -> Entry?) -> [Row] {
        let lessons = Dictionary(grouping: columns.filter { days.contains($0.date) }) { LessonKey(column: $0) }
        return students.compactMap { student in
            let enrolled = student.enrolled ?? days
            guard enrolled.overlaps(days) else { return nil }
            var tally = AttendanceTally()
            for (key, lessonColumns) in lessons where enrolled.contains(key.date) {
                tally.count(LessonPresence(entries: lessonColumns.compactMap { entry($0.id, student.id) }))
            }
            return Row(studentID: student.id, tally: tally)
        }
    }

    /// The days counted for a term: its days up to `today` (the lessons that exist so far);
    /// nil before the term has begun.
    public static func days(of term: Term, today: LocalDate) -> ClosedRange<LocalDate>? {
        guard term.start <= today else { return nil }
        return term.start...min(term.end, today)
    }

    /// What makes columns one lesson.
    private struct LessonKey: Hashable {
        let date: LocalDate
        let subject: Int
        let lesson: Int

        init(column: Column) {
            date = column.date
            subject = column.subject
            lesson = column.lesson ?? 0
        }
    }
}
