/// A final (term or year) mark the teacher set, stored as the mark's canonical text.
public struct FinalMarkRecord: Hashable, Sendable {
    public let studentID: Int
    public let subjectID: Int
    /// 1… for terms, 0 for the year.
    public let term: Int
    /// Canonical text of the mark: `5`, `н/а`, `осв`, ….
    public let value: String
    /// Why the teacher chose this mark (may be empty).
    public let reason: String
}
