import ZhurnalCore

/// One checked row of a marks file (design.md: `class,subject,date,work,weight,student,mark`).
public struct MarkRow: Equatable, Sendable {
    public var line: Int
    public var className: String
    public var subject: String
    public var date: LocalDate
    public var kindCode: String
    /// The column's own weight; nil means the kind's default.
    public var weight: Weight?
    public var student: String
    /// The entry; nil when the mark field is empty (the cell stays empty).
    public var entry: Entry?

    /// The columns a marks file must have, and may have.
    public static let required: [CSVColumn] = [.class, .subject, .date, .work, .student, .mark]
    public static let optional: [CSVColumn] = [.weight]

    /// Checks a mapped row against the school's kinds of work.
    public static func parse(_ row: CSVMappedRow, kinds: inout WorkKindLookup) -> Result<MarkRow, ImportProblem> {
        let className = row[.class] ?? "", subject = row[.subject] ?? "", student = row[.student] ?? ""
        for (column, value) in [(CSVColumn.class, className), (.subject, subject), (.date, row[.date] ?? ""),
                                (.work, row[.work] ?? ""), (.student, student)] where value.isEmpty {
            return .failure(.missingValue(column: column.name))
        }
        if let problem = ImportProblem.controlCharacter(in: subject, column: .subject) { return .failure(problem) }
        guard let date = LocalDate(parsing: row[.date] ?? "") else { return .failure(.badDate(row[.date] ?? "")) }
        guard let kind = kinds.kind(named: row[.work] ?? "") else { return .failure(.unknownWork(row[.work] ?? "")) }
        var weight: Weight?
        if let text = row[.weight], !text.isEmpty {
            guard let parsed = Weight(parsing: text) else { return .failure(.badWeight(text)) }
            weight = parsed == kind.weight ? nil : parsed
        }
        var entry: Entry?
        if let text = row[.mark], !text.isEmpty {
            switch Entry.parse(text) {
            case .success(let parsed): entry = parsed
            case .failure: return .failure(.badEntry(text))
            }
        }
        return .success(MarkRow(line: row.line, className: className, subject: subject, date: date,
                                   kindCode: kind.code, weight: weight, student: student, entry: entry))
    }
}
