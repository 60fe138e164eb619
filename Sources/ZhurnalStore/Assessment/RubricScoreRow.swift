import ZhurnalCore

/// One checked row of a rubric-scores file (docs/rubrics.md:
/// `class,subject,date,work,student,criterion,points`).
public struct RubricScoreRow: Equatable, Sendable {
    public var line: Int
    public var className: String
    public var subject: String
    public var date: LocalDate
    public var kindCode: String
    public var student: String
    public var criterion: String
    /// The points; nil when the field is empty (the criterion is cleared).
    public var points: Int?

    public static let required: [CSVColumn] = [.class, .subject, .date, .work, .student, .criterion, .points]

    /// Checks a mapped row against the school's kinds of work.
    public static func parse(_ row: CSVMappedRow, kinds: [WorkKind]) -> Result<RubricScoreRow, ImportProblem> {
        let className = row[.class] ?? "", subject = row[.subject] ?? "", student = row[.student] ?? ""
        let criterion = row[.criterion] ?? "", pointsText = row[.points] ?? ""
        for (column, value) in [(CSVColumn.class, className), (.subject, subject), (.date, row[.date] ?? ""),
                                (.work, row[.work] ?? ""), (.student, student), (.criterion, criterion)] where value.isEmpty {
            return .failure(.missingValue(column: column.name))
        }
        guard let date = LocalDate(parsing: row[.date] ?? "") else { return .failure(.badDate(row[.date] ?? "")) }
        guard let kind = kinds.kind(named: row[.work] ?? "") else { return .failure(.unknownWork(row[.work] ?? "")) }
        var points: Int?
        if !pointsText.isEmpty {
            guard let value = Int(pointsText), value >= 0 else { return .failure(.badPoints(pointsText)) }
            points = value
        }
        return .success(RubricScoreRow(line: row.line, className: className, subject: subject, date: date,
                                       kindCode: kind.code, student: student, criterion: criterion, points: points))
    }
}
