import ZhurnalStore

/// What a bench school file holds, with a checksum of its entries: the same seed gives the same
/// figures.
public struct BenchCounts: Equatable, Sendable {
    public var students: Int
    public var columns: Int
    public var entries: Int
    public var notes: Int
    public var rubricScores: Int
    /// A sum over every entry of its cell and value, modulo a prime.
    public var checksum: Int

    /// Counts the file behind `journal`.
    public init(journal: Journal) throws {
        let count = { (table: String) in try journal.connection.scalarInt("SELECT count(*) FROM \(table)") ?? 0 }
        students = try count("students")
        columns = try count("lesson_columns")
        entries = try count("entries")
        notes = try count("formative_notes")
        rubricScores = try count("rubric_scores")
        checksum = try journal.connection.scalarInt("""
            SELECT coalesce(sum((column_id * 1000003 + student_id * 7919 + unicode(value) * 31 + length(value)) % 1000000007), 0)
                % 1000000007 FROM entries
            """) ?? 0
    }
}
