import CSQLite

/// A failed SQLite call: the (extended) result code, SQLite's message and the SQL when known.
public struct SQLiteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The extended result code, e.g. `SQLITE_CONSTRAINT_PRIMARYKEY`.
    public let extendedCode: Int32
    /// SQLite's message for the failure.
    public let message: String
    /// The statement that failed, when there was one.
    public let sql: String?

    /// Creates an error from a result code and message.
    public init(code: Int32, message: String, sql: String? = nil) {
        self.extendedCode = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code, e.g. `SQLITE_CONSTRAINT`.
    public var code: Int32 { extendedCode & 0xFF }

    /// True for `SQLITE_CORRUPT` and `SQLITE_NOTADB`: the file's pages cannot be trusted.
    public var isCorruption: Bool { code == SQLITE_CORRUPT || code == SQLITE_NOTADB }

    /// True for `SQLITE_BUSY` and `SQLITE_LOCKED`: another connection holds the lock.
    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }

    public var description: String {
        "SQLite error \(extendedCode): \(message)" + (sql.map { " [\($0)]" } ?? "")
    }
}

extension SQLiteError {
    /// The error SQLite reports on a connection for the last failed call with `code`.
    init(code: Int32, connection: OpaquePointer?, sql: String? = nil) {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        self.init(code: code, message: message, sql: sql)
    }
}
