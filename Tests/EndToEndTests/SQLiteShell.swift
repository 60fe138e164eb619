import Foundation

/// Reads a journal file through the `sqlite3` command-line tool: a second opinion that does not
/// share code with the program under test.
enum SQLiteShell {
    /// What `sqlite3` prints for NULL.
    static let null = "NULL"

    /// The rows of `sql`, each split into its fields (tab-separated in the tool's output).
    static func rows(_ db: String, _ sql: String) throws -> [[String]] {
        let result = try Child.run("/usr/bin/sqlite3",
                                   ["-batch", "-noheader", "-separator", "\t", "-nullvalue", null,
                                    "-cmd", ".timeout 5000", db, sql],
                                   environment: Child.baseEnvironment(), timeout: 30)
        guard result.status == 0, !result.timedOut else {
            throw HarnessError(description: "sqlite3 failed on «\(sql)»: \(result.stderr)")
        }
        return result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The single integer `sql` returns.
    static func integer(_ db: String, _ sql: String) throws -> Int {
        guard let text = try rows(db, sql).first?.first, let value = Int(text) else {
            throw HarnessError(description: "«\(sql)» returned no integer")
        }
        return value
    }

    /// `PRAGMA integrity_check` as printed: `ok` for a sound file.
    static func integrityCheck(_ db: String) throws -> String {
        try rows(db, "PRAGMA integrity_check").map { $0.joined(separator: " ") }.joined(separator: "\n")
    }
}
