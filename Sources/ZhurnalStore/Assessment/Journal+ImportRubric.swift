import ZhurnalCore

/// What `zhurnal import rubric` did.
public struct RubricImportResult: Equatable, Sendable {
    public let name: String
    public let save: RubricSaveResult
    /// How many lesson columns the rubric was attached to (created when missing).
    public let columns: Int
}

extension Journal {
    /// Saves the rubric of a JSON file (docs/rubrics.md) and attaches it to the columns the file
    /// lists, creating missing columns; all or nothing.
    public func importRubric(_ bytes: [UInt8], kinds: [WorkKind]) throws(RubricImportError) -> RubricImportResult {
        let rubric = try RubricJSON.decode(bytes)
        let references = RubricJSON.columns(bytes)
        let outcomes = try RubricJSON.outcomes(bytes)
        do {
            return try atomically { () throws -> RubricImportResult in
                for outcome in outcomes { try saveOutcome(outcome) }
                let catalogue = Set(try self.outcomes().map(\.code))
                if let unknown = rubric.criteria.compactMap(\.outcome).first(where: { !catalogue.contains($0) }) {
                    throw RubricImportError.unknownOutcome(unknown)
                }
                let saved = try saveRubric(rubric)
                let classes = Dictionary(try self.classes().map { (StudentDirectory.key($0.name), $0) }) { a, _ in a }
                for reference in references {
                    guard let schoolClass = classes[StudentDirectory.key(reference.className)] else {
                        throw RubricImportError.unknownClass(reference.className)
                    }
                    guard let date = LocalDate(parsing: reference.date) else { throw RubricImportError.badDate(reference.date) }
                    guard let kind = kinds.kind(named: reference.work) else { throw RubricImportError.unknownWork(reference.work) }
                    let subject = try findOrCreateSubject(named: reference.subject)
                    let column = try columns(classID: schoolClass.id, subjectID: subject.id, dates: date...date)
                        .first { $0.kindCode == kind.code }
                        ?? addColumn(classID: schoolClass.id, subjectID: subject.id, date: date, kindCode: kind.code)
                    try attachRubric(saved.rubricID, toColumn: column.id)
                    if let unknown = reference.outcomes.first(where: { !catalogue.contains($0) }) {
                        throw RubricImportError.unknownOutcome(unknown)
                    }
                    if !reference.outcomes.isEmpty { try tagColumn(column.id, outcomes: reference.outcomes) }
                    if let text = reference.level {
                        guard let level = AchievementLevel(rawValue: text) else { throw RubricImportError.badLevel(text) }
                        try setLevel(level, ofColumn: column.id)
                    }
                }
                return RubricImportResult(name: rubric.name, save: saved, columns: references.count)
            }
        } catch let error as RubricImportError {
            throw error
        } catch {
            throw .store(StoreError.classifying(error))
        }
    }
}
