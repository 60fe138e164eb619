import CSQLite
import Foundation

extension Journal {
    /// `PRAGMA data_version`: changes when another connection commits to the file, so polling it
    /// tells when to reload.
    public func dataVersion() throws -> Int {
        try read { try connection.scalarInt("PRAGMA data_version") ?? 0 }
    }

    /// Copies the journal with the SQLite backup API into a new file created with mode 0600.
    ///
    /// Refuses (`StoreError.fileExists`) when `path` already exists; never overwrites.
    public func backup(to path: String) throws {
        try JournalDatabase.createPrivateFile(at: path)
        do {
            try withStoreErrors {
                let target = try SQLiteConnection(path: path, mode: .readWrite)
                guard let backup = sqlite3_backup_init(target.handle, "main", connection.handle, "main") else {
                    throw SQLiteError(code: sqlite3_errcode(target.handle), connection: target.handle)
                }
                let step = sqlite3_backup_step(backup, -1)
                let finish = sqlite3_backup_finish(backup)
                guard step == SQLITE_DONE else { throw SQLiteError(code: step, connection: target.handle) }
                guard finish == SQLITE_OK else { throw SQLiteError(code: finish, connection: target.handle) }
            }
        } catch {
            unlink(path)
            throw error
        }
    }

    /// `PRAGMA integrity_check` and `PRAGMA foreign_key_check` findings; empty when all is well.
    public func check() throws -> [CheckProblem] {
        try read {
            var problems = try connection.cachedStatement("PRAGMA integrity_check")
                .map { $0.string(0) }
                .filter { $0 != "ok" }
                .map(CheckProblem.integrity)
            problems += try connection.cachedStatement("PRAGMA foreign_key_check").map {
                CheckProblem.foreignKey(table: $0.string(0), rowID: $0.optionalInt(1), parent: $0.string(2))
            }
            return problems
        }
    }
}
