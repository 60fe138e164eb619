import ZhurnalCore

/// One checked row of a timetable file (docs/file-formats.md: `class,weekday,lesson,subject`).
public struct TimetableRow: Equatable, Sendable {
    public var line: Int
    public var className: String
    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int
    public var lesson: Int
    public var subject: String

    public static let required: [CSVColumn] = [.class, .weekday, .lesson, .subject]

    /// Checks a mapped row.
    public static func parse(_ row: CSVMappedRow) -> Result<TimetableRow, ImportProblem> {
        let className = row[.class] ?? "", weekdayText = row[.weekday] ?? "", lessonText = row[.lesson] ?? ""
        let subject = row[.subject] ?? ""
        for (column, value) in [(CSVColumn.class, className), (.weekday, weekdayText), (.lesson, lessonText),
                                (.subject, subject)] where value.isEmpty {
            return .failure(.missingValue(column: column.name))
        }
        guard let weekday = Weekday.parse(weekdayText) else { return .failure(.badWeekday(weekdayText)) }
        guard let lesson = Int(lessonText), TimetableLesson.numbers.contains(lesson) else { return .failure(.badLesson(lessonText)) }
        return .success(TimetableRow(line: row.line, className: className, weekday: weekday, lesson: lesson, subject: subject))
    }
}
