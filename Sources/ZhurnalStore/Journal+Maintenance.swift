import CSQLite
import Foundation

extension Journal {
    /// `PRAGMA data_version`: changes when another connection commits to the file, so polling it
    /// tells when to reload.
    public func dataVersion() throws -> Int {
        try read { try connection.scalarInt("PRAGMA data_version") ?? 0 }
    }

    /// Refuses (`StoreError.corrupt`) a journal whose pages are damaged: `PRAGMA quick_check`,
    /// skipped when the file at `path` (this journal's) is as it was last found sound. `backup`
    /// runs it first so as not to copy damage.
    public func requireSound(path: String) throws {
        try JournalDatabase.requireSound(connection, path: path)
    }

    /// Copies the journal with the SQLite backup API into a new file with mode 0600.
    ///
    /// Refuses (`StoreError.fileExists`) when `path` already exists; never overwrites. The copy is
    /// written to a temporary file beside `path` and linked into place only when complete, so a
    /// failure (a full disk) leaves nothing at `path` and no temporary file.
    public func backup(to path: String) throws {
        try Self.copy(connection, to: path)
    }

    /// Copies the database of `source` into a new file at `path` as `backup(to:)` describes.
    static func copy(_ source: SQLiteConnection, to path: String) throws {
        if access(path, F_OK) == 0 || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
            throw StoreError.fileExists(path: path)
        }
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).backup"
        try JournalDatabase.createPrivateFile(at: temporary)
        defer {
            unlink(temporary)
            unlink(temporary + "-journal")
        }
        try withStoreErrors {
            let target = try SQLiteConnection(path: temporary, mode: .readWrite)
            guard let backup = sqlite3_backup_init(target.handle, "main", source.handle, "main") else {
                throw SQLiteError(code: sqlite3_errcode(target.handle), connection: target.handle)
            }
            let step = sqlite3_backup_step(backup, -1)
            let finish = sqlite3_backup_finish(backup)
            guard step == SQLITE_DONE else { throw SQLiteError(code: step, connection: target.handle) }
            guard finish == SQLITE_OK else { throw SQLiteError(code: finish, connection: target.handle) }
        }
        let fd = open(temporary, O_RDONLY | O_CLOEXEC)
        let synced = fd >= 0 && fsync(fd) == 0
        if fd >= 0 { close(fd) }
        guard synced else { throw StoreError.fileSystem(path: path, errno: errno) }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { throw StoreError.fileExists(path: path) }
            throw StoreError.fileSystem(path: path, errno: errno)
        }
    }

    /// `PRAGMA integrity_check` and `PRAGMA foreign_key_check` findings; empty when all is well.
    public func check() throws -> [CheckProblem] {
        try read {
            var problems = try connection.cachedStatement("PRAGMA integrity_check")
                .map { $0.string("integrity_check") }
                .filter { $0 != "ok" }
                .map(CheckProblem.integrity)
            problems += try connection.cachedStatement("PRAGMA foreign_key_check").map {
                CheckProblem.foreignKey(table: $0.string("table"), rowID: $0.optionalInt("rowid"), parent: $0.string("parent"))
            }
            return problems
        }
    }
}
