import ZhurnalCore

/// One checked row of a final-marks file (docs/file-formats.md: `class,subject,term,student,mark`,
/// and an optional `reason`).
public struct FinalMarkRow: Equatable, Sendable {
    public var line: Int
    public var className: String
    public var subject: String
    /// The term number; 0 for the year mark.
    public var term: Int
    public var student: String
    public var mark: TermMark
    public var reason: String?

    public static let required: [CSVColumn] = [.class, .subject, .term, .student, .mark]
    public static let optional: [CSVColumn] = [.reason]

    /// Words that name the year instead of a term number.
    static let yearWords: Set<String> = ["год", "годовая", "year", "0"]

    /// Checks a mapped row against the number of terms in its class's calendar.
    public static func parse(_ row: CSVMappedRow, termCount: Int) -> Result<FinalMarkRow, ImportProblem> {
        let className = row[.class] ?? "", subject = row[.subject] ?? "", student = row[.student] ?? ""
        let termText = row[.term] ?? "", markText = row[.mark] ?? ""
        for (column, value) in [(CSVColumn.class, className), (.subject, subject), (.term, termText),
                                (.student, student), (.mark, markText)] where value.isEmpty {
            return .failure(.missingValue(column: column.name))
        }
        let term: Int
        if yearWords.contains(termText.lowercased()) {
            term = 0
        } else if let number = Int(termText), (1...termCount).contains(number) {
            term = number
        } else {
            return .failure(.badTerm(termText))
        }
        guard let mark = TermMark.parse(markText) else { return .failure(.badFinalMark(markText)) }
        let reason = row[.reason].flatMap { $0.isEmpty ? nil : $0 }
        if let reason, let problem = ImportProblem.controlCharacter(in: reason, column: .reason) { return .failure(problem) }
        return .success(FinalMarkRow(line: row.line, className: className, subject: subject, term: term,
                                        student: student, mark: mark, reason: reason))
    }
}
