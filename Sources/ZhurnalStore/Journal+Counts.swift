/// How much a journal holds, for the benchmark and checks.
public struct JournalCounts: Equatable, Sendable {
    public var students: Int
    public var columns: Int
    public var entries: Int
    public var notes: Int
    public var rubricScores: Int
    /// A sum over every entry of its cell and value, modulo a prime: the same entries give the
    /// same number.
    public var entryChecksum: Int
}

extension Journal {
    /// Counts the rows of the journal's main tables and sums its entries.
    public func counts() throws -> JournalCounts {
        try read {
            let count = { (table: String) in try self.connection.scalarInt("SELECT count(*) FROM \(table)") ?? 0 }
            return JournalCounts(
                students: try count("students"), columns: try count("lesson_columns"), entries: try count("entries"),
                notes: try count("formative_notes"), rubricScores: try count("rubric_scores"),
                entryChecksum: try connection.scalarInt("""
                    SELECT coalesce(sum((column_id * 1000003 + student_id * 7919 + unicode(value) * 31 + length(value)) % 1000000007), 0)
                        % 1000000007 FROM entries
                    """) ?? 0)
        }
    }
}
