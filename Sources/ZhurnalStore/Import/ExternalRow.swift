import ZhurnalCore

/// One checked row of an external-results file (design.md:
/// `procedure,class,subject,date,student,score,mark`; the score may be empty).
public struct ExternalRow: Equatable, Sendable {
    public var line: Int
    public var procedure: String
    public var className: String
    public var subject: String
    public var date: LocalDate
    public var student: String
    public var score: Int?
    public var mark: Int

    public static let required: [CSVColumn] = [.procedure, .class, .subject, .date, .student, .mark]
    public static let optional: [CSVColumn] = [.score]

    /// Checks a mapped row: every value present but the score, a date, a score of whole points,
    /// a mark 1–5.
    public static func parse(_ row: CSVMappedRow) -> Result<ExternalRow, ImportProblem> {
        let procedure = row[.procedure] ?? "", className = row[.class] ?? "", subject = row[.subject] ?? ""
        let student = row[.student] ?? "", dateText = row[.date] ?? "", markText = row[.mark] ?? ""
        for (column, value) in [(CSVColumn.procedure, procedure), (.class, className), (.subject, subject), (.date, dateText),
                                (.student, student), (.mark, markText)] where value.isEmpty {
            return .failure(.missingValue(column: column.name))
        }
        guard let date = LocalDate(parsing: dateText) else { return .failure(.badDate(dateText)) }
        let scoreText = row[.score] ?? ""
        let score = Int(scoreText)
        guard scoreText.isEmpty || (score ?? -1) >= 0 else { return .failure(.badScore(scoreText)) }
        guard let mark = Int(markText), (1...5).contains(mark) else { return .failure(.badExternalMark(markText)) }
        return .success(ExternalRow(line: row.line, procedure: procedure, className: className, subject: subject, date: date,
                                    student: student, score: score, mark: mark))
    }
}
