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
        let counts = try journal.counts()
        students = counts.students
        columns = counts.columns
        entries = counts.entries
        notes = counts.notes
        rubricScores = counts.rubricScores
        checksum = counts.entryChecksum
    }
}
