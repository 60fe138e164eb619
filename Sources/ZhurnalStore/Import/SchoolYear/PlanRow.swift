import ZhurnalCore

/// One checked row of a thematic plan file (docs/file-formats.md:
/// `class,subject,number,topic,homework`).
public struct PlanRow: Equatable, Sendable {
    public var line: Int
    public var className: String
    public var subject: String
    public var topic: PlanTopic

    public static let required: [CSVColumn] = [.class, .subject, .number, .topic]
    public static let optional: [CSVColumn] = [.homework]

    /// Checks a mapped row.
    public static func parse(_ row: CSVMappedRow) -> Result<PlanRow, ImportProblem> {
        let className = row[.class] ?? "", subject = row[.subject] ?? "", numberText = row[.number] ?? ""
        let topic = row[.topic] ?? "", homework = row[.homework] ?? ""
        for (column, value) in [(CSVColumn.class, className), (.subject, subject), (.number, numberText)] where value.isEmpty {
            return .failure(.missingValue(column: column.name))
        }
        guard let number = Int(numberText), number >= 1 else { return .failure(.badNumber(numberText)) }
        guard !(topic.isEmpty && homework.isEmpty) else { return .failure(.emptyTopic) }
        for (column, value) in [(CSVColumn.topic, topic), (.homework, homework)] {
            if let problem = ImportProblem.controlCharacter(in: value, column: column) { return .failure(problem) }
        }
        return .success(PlanRow(line: row.line, className: className, subject: subject,
                                topic: PlanTopic(number: number, topic: topic, homework: homework)))
    }
}
