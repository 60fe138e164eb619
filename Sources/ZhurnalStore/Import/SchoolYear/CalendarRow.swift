import ZhurnalCore

/// One checked row of a calendar file (docs/file-formats.md: `kind,number,start,end,grades`): a
/// term of the listed grades (empty: every grade), or a holiday.
public struct CalendarRow: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case term(number: Int)
        case holiday
    }

    public var line: Int
    public var kind: Kind
    public var start: LocalDate
    public var end: LocalDate
    /// nil: every grade.
    public var grades: GradeRange?

    public static let required: [CSVColumn] = [.kind, .start, .end]
    public static let optional: [CSVColumn] = [.number, .grades]

    static let termWords: Set<String> = ["term", "четверть", "триместр", "полугодие", "семестр", "период"]
    static let holidayWords: Set<String> = ["holiday", "holidays", "каникулы"]

    /// Checks a mapped row.
    public static func parse(_ row: CSVMappedRow) -> Result<CalendarRow, ImportProblem> {
        let kindText = row[.kind] ?? "", startText = row[.start] ?? "", endText = row[.end] ?? ""
        let numberText = row[.number] ?? "", gradesText = row[.grades] ?? ""
        for (column, value) in [(CSVColumn.kind, kindText), (.start, startText), (.end, endText)] where value.isEmpty {
            return .failure(.missingValue(column: column.name))
        }
        guard let start = LocalDate(parsing: startText) else { return .failure(.badDate(startText)) }
        guard let end = LocalDate(parsing: endText) else { return .failure(.badDate(endText)) }
        guard start <= end else { return .failure(.endBeforeStart(start: startText, end: endText)) }
        var grades: GradeRange?
        if !gradesText.isEmpty {
            guard let range = GradeRange(parsing: gradesText) else { return .failure(.badGrades(gradesText)) }
            grades = range
        }
        let word = kindText.lowercased()
        let kind: Kind
        if termWords.contains(word) {
            guard !numberText.isEmpty else { return .failure(.missingValue(column: CSVColumn.number.name)) }
            guard let number = Int(numberText), number >= 1, number <= 6 else { return .failure(.badNumber(numberText)) }
            kind = .term(number: number)
        } else if holidayWords.contains(word) {
            kind = .holiday
        } else {
            return .failure(.badCalendarKind(kindText))
        }
        return .success(CalendarRow(line: row.line, kind: kind, start: start, end: end, grades: grades))
    }
}
