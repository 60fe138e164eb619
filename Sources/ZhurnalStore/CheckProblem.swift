/// A problem found by `Journal.check()`.
public enum CheckProblem: Hashable, Sendable {
    /// A line of `PRAGMA integrity_check` other than "ok".
    case integrity(String)
    /// A row of `table` (rowid when it has one) refers to a missing row of `parent`.
    case foreignKey(table: String, rowID: Int?, parent: String)
}
