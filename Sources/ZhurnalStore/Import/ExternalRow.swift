import ZhurnalCore

/// One checked row of an external-results file (docs/file-formats.md:
/// `procedure,class,subject,date,student,score,mark`; the score may be empty, and the mark when a
/// points→mark scale is given).
public struct ExternalRow: Equatable, Sendable {
    public var line: Int
    public var procedure: String
    public var className: String
    public var subject: String
    public var date: LocalDate
    public var student: String
    public var score: Int?
    public var mark: Int

    /// The points an external score may have: more is no real test's score, and would overflow sums.
    public static let scores = 0...1000

    public static let required: [CSVColumn] = [.procedure, .class, .subject, .date, .student]
    public static let optional: [CSVColumn] = [.score, .mark]

    /// Checks a mapped row: every value present but the score, a date, a score of whole points,
    /// a mark 1–5 — or, with a scale, an empty mark taken from the score.
    public static func parse(_ row: CSVMappedRow, scale: PointsScale? = nil) -> Result<ExternalRow, ImportProblem> {
        let procedure = row[.procedure] ?? "", className = row[.class] ?? "", subject = row[.subject] ?? ""
        let student = row[.student] ?? "", dateText = row[.date] ?? "", markText = row[.mark] ?? ""
        let scoreText = row[.score] ?? ""
        let needed = markText.isEmpty && scale != nil ? (CSVColumn.score, scoreText) : (CSVColumn.mark, markText)
        for (column, value) in [(CSVColumn.procedure, procedure), (.class, className), (.subject, subject), (.date, dateText),
                                (.student, student), needed] where value.isEmpty {
            return .failure(.missingValue(column: column.name))
        }
        if let problem = ImportProblem.controlCharacter(in: procedure, column: .procedure) { return .failure(problem) }
        guard let date = LocalDate(parsing: dateText) else { return .failure(.badDate(dateText)) }
        let score = Int(scoreText)
        guard scoreText.isEmpty || (score.map(Self.scores.contains) ?? false) else { return .failure(.badScore(scoreText)) }
        let mark: Int
        if markText.isEmpty, let scale, let score {
            mark = scale.mark(for: score)
        } else {
            guard let given = Int(markText), (1...5).contains(given) else { return .failure(.badExternalMark(markText)) }
            mark = given
        }
        return .success(ExternalRow(line: row.line, procedure: procedure, className: className, subject: subject, date: date,
                                    student: student, score: score, mark: mark))
    }
}
