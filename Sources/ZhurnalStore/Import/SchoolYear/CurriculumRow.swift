import Foundation
import ZhurnalCore

/// One checked row of a curriculum file (docs/file-formats.md: `class,subject,teacher,hours`).
public struct CurriculumRow: Equatable, Sendable {
    public var line: Int
    public var className: String
    public var subject: String
    /// A staff login, or empty.
    public var teacher: String
    public var hours: Weight?

    public static let required: [CSVColumn] = [.class, .subject]
    public static let optional: [CSVColumn] = [.teacher, .hours]

    /// Checks a mapped row.
    public static func parse(_ row: CSVMappedRow) -> Result<CurriculumRow, ImportProblem> {
        let className = row[.class] ?? "", subject = row[.subject] ?? "", teacher = row[.teacher] ?? ""
        let hoursText = (row[.hours] ?? "").replacingOccurrences(of: ",", with: ".")
        for (column, value) in [(CSVColumn.class, className), (.subject, subject)] where value.isEmpty {
            return .failure(.missingValue(column: column.name))
        }
        for (column, value) in [(CSVColumn.class, className), (.subject, subject), (.teacher, teacher)] {
            if let problem = ImportProblem.controlCharacter(in: value, column: column) { return .failure(problem) }
        }
        var hours: Weight?
        if !hoursText.isEmpty {
            guard let parsed = Weight(parsing: hoursText), parsed.hundredths <= 4000 else { return .failure(.badHours(hoursText)) }
            hours = parsed
        }
        return .success(CurriculumRow(line: row.line, className: className, subject: subject, teacher: teacher, hours: hours))
    }
}
