import ZhurnalCore

/// A class-subject's lessons in the form of docs/file-formats.md ("Export lessons"): date, lesson
/// number, kind of work, topic, homework and the number of marks, in date order.
public struct LessonsExport {
    public static let header = ["date", "lesson", "work", "topic", "homework", "marks"]

    /// One exported lesson column.
    public struct Row: Equatable, Sendable {
        public var date: LocalDate
        public var lesson: Int?
        public var work: String
        public var topic: String
        public var homework: String
        /// Numeric marks in the column (a double mark counts twice).
        public var marks: Int

        var fields: [String] { [date.iso, lesson.map(String.init) ?? "", work, topic, homework, String(marks)] }
    }

    /// The lessons of a class and subject within `dates` (all when nil).
    public static func rows(from journal: Journal, kinds: [WorkKind], classID: Int, subjectID: Int,
                            dates: ClosedRange<LocalDate>?) throws -> [Row] {
        guard let grid = try journal.grids(classID: classID, dates: dates)[subjectID] else { return [] }
        let columns = try journal.columns(classID: classID, subjectID: subjectID, dates: dates)
        return columns.map { column in
            let marks = grid.students.reduce(0) { sum, student in
                sum + (grid[column: column.id, student: student.id]?.numericMarks.count ?? 0)
            }
            return Row(date: column.date, lesson: column.lesson, work: kinds.kind(code: column.kindCode)?.nameRu ?? column.kindCode,
                       topic: column.topic, homework: column.homework, marks: marks)
        }
    }

    /// CSV rows with the header first.
    public static func csv(_ rows: [Row]) -> [[String]] {
        [header] + rows.map(\.fields)
    }

    /// `{"class","subject","lessons":[{"date","lesson","work","topic","homework","marks"}]}`.
    public static func json(_ rows: [Row], className: String, subject: String) -> JSONValue {
        .object([
            ("class", .string(className)),
            ("subject", .string(subject)),
            ("lessons", .array(rows.map { row in
                .object([("date", .string(row.date.iso)), ("lesson", row.lesson.map { .number(String($0)) } ?? .null),
                         ("work", .string(row.work)), ("topic", .string(row.topic)), ("homework", .string(row.homework)),
                         ("marks", .number(String(row.marks)))])
            })),
        ])
    }
}
