import CSQLite
import Foundation

/// One SQLite connection with a statement cache and transactions.
///
/// Not `Sendable`: a connection and its statements belong to one thread or task at a time.
public final class SQLiteConnection {
    /// How a connection opens its file.
    public enum Mode: Sendable {
        /// Read and write; the file is created when missing.
        case readWriteCreate
        /// Read and write an existing file.
        case readWrite
        /// Read only: the connection never writes the file.
        case readOnly
        /// Read only a file nobody can change (SQLite's `immutable=1`): no `-wal` or `-shm` is
        /// needed, so a journal in a folder that cannot be written still opens.
        case immutable
    }

    /// The file path this connection was opened on.
    public let path: String
    /// The mode the connection was opened in.
    public let mode: Mode
    let handle: OpaquePointer
    private var statements: [String: Statement] = [:]
    private var transactionDepth = 0
    private let fileID: FileIdentity?
    /// Runs after this process's last connection to the file is closed (tidying side files, removing
    /// a private copy, recording the file as sound); told whether this connection met damage.
    var afterLastClose: ((_ sawCorruption: Bool) -> Void)?

    /// Opens `path`, sets `busy_timeout` 5000 ms and `foreign_keys=ON`.
    ///
    /// Journal mode and durability are the caller's choice (`JournalDatabase` sets WAL and FULL).
    public init(path: String, mode: Mode) throws {
        let flags: Int32
        switch mode {
        case .readWriteCreate: flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: flags = SQLITE_OPEN_READWRITE
        case .readOnly: flags = SQLITE_OPEN_READONLY
        case .immutable: flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
        }
        var name = path
        if mode == .immutable {
            var allowed = CharacterSet.urlPathAllowed
            allowed.remove(charactersIn: "?#%")
            name = "file:" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path) + "?immutable=1"
        }
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(name, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let error = SQLiteError(code: rc, connection: db)
            sqlite3_close_v2(db)
            throw error
        }
        self.path = path
        self.mode = mode
        self.handle = db
        fileID = FileIdentity(path: path)
        if let fileID { OpenFiles.opened(fileID) }
        setBusyTimeout(busyTimeout)
        sqlite3_extended_result_codes(db, 1)
        do {
            try execute("PRAGMA foreign_keys = ON")
        } catch {
            statements.removeAll()
            throw error
        }
    }

    /// How long a statement waits for another connection's lock before failing with `SQLITE_BUSY`.
    public private(set) var busyTimeout: Duration = .milliseconds(5000)

    /// Runs `body` with a different busy timeout (e.g. a short one, so that a screen can say it is
    /// waiting and try again), then restores the previous one.
    public func withBusyTimeout<T>(_ timeout: Duration, _ body: () throws -> T) rethrows -> T {
        let previous = busyTimeout
        setBusyTimeout(timeout)
        defer { setBusyTimeout(previous) }
        return try body()
    }

    private func setBusyTimeout(_ timeout: Duration) {
        busyTimeout = timeout
        sqlite3_busy_timeout(handle, Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
    }

    deinit {
        statements.removeAll()
        let sawCorruption = CorruptionSightings.take(handle)
        sqlite3_close_v2(handle)
        let last = fileID.map(OpenFiles.closed) ?? true
        if last { afterLastClose?(sawCorruption) }
    }

    /// Runs one or more SQL statements that take no parameters.
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        guard rc == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_free(message)
            CorruptionSightings.note(rc, on: handle)
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// The statement prepared for `sql`, prepared on first use and then reused, reset and unbound.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statements[sql] {
            statement.reset()
            return statement
        }
        let statement = try Statement(sql: sql, connection: handle)
        statements[sql] = statement
        return statement
    }

    /// Runs one statement from the cache with `arguments` bound to parameters 1, 2, ….
    public func run(_ sql: String, _ arguments: (any SQLiteBindable)?...) throws {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        try statement.run()
    }

    /// The first column of the first row of `sql` as an integer, nil when no row or NULL.
    public func scalarInt(_ sql: String, _ arguments: (any SQLiteBindable)?...) throws -> Int? {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        return try statement.first { $0.optionalInt(0) } ?? nil
    }

    /// The first column of the first row of `sql` as text, nil when no row or NULL.
    public func scalarString(_ sql: String, _ arguments: (any SQLiteBindable)?...) throws -> String? {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        return try statement.first { $0.optionalString(0) } ?? nil
    }

    /// The rowid of the last successful INSERT on this connection.
    public var lastInsertRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// True while a transaction is open on this connection.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs `body` in a transaction: `BEGIN IMMEDIATE` … `COMMIT`, `ROLLBACK` when it throws.
    ///
    /// A nested call runs in a savepoint that is rolled back alone when its body throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        let depth = transactionDepth
        let savepoint = "zhurnal_\(depth)"
        try execute(depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT \(savepoint)")
        transactionDepth += 1
        defer { transactionDepth -= 1 }
        let result: T
        do {
            result = try body()
        } catch {
            if depth == 0 {
                if isInTransaction { try? execute("ROLLBACK") }
            } else {
                try? execute("ROLLBACK TO \(savepoint); RELEASE \(savepoint)")
            }
            throw error
        }
        do {
            try execute(depth == 0 ? "COMMIT" : "RELEASE \(savepoint)")
        } catch {
            if depth == 0, isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
        return result
    }
}
