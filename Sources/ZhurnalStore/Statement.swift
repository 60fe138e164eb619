import CSQLite
import Foundation

/// A prepared statement: typed parameter binding, stepping and typed column access.
///
/// Statements come from `SQLiteConnection.cachedStatement(_:)`, which prepares each SQL text once
/// and hands it back reset and unbound for every use.
public final class Statement {
    /// The SQL text this statement was prepared from.
    public let sql: String
    let handle: OpaquePointer
    private let connection: OpaquePointer

    init(sql: String, connection: OpaquePointer) throws {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard rc == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            throw SQLiteError(code: rc, connection: connection, sql: sql)
        }
        self.sql = sql
        self.handle = statement
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    // MARK: Binding

    /// Binds an integer.
    public func bind(_ value: Int, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, Int64(value)))
    }

    /// Binds UTF-8 text (copied by SQLite).
    public func bind(_ value: String, at index: Int32) throws {
        let rc = value.withCString { zhurnal_bind_text(handle, index, $0, Int32(value.utf8.count)) }
        try check(rc)
    }

    /// Binds a blob (copied by SQLite); an empty `Data` binds a zero-length blob, not NULL.
    public func bind(_ value: Data, at index: Int32) throws {
        let rc = value.withUnsafeBytes { raw -> Int32 in
            if let base = raw.baseAddress { return zhurnal_bind_blob(handle, index, base, Int32(raw.count)) }
            return sqlite3_bind_zeroblob(handle, index, 0)
        }
        try check(rc)
    }

    /// Binds NULL.
    public func bindNull(at index: Int32) throws {
        try check(sqlite3_bind_null(handle, index))
    }

    /// Binds an optional integer; nil binds NULL.
    public func bind(_ value: Int?, at index: Int32) throws {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Binds optional text; nil binds NULL.
    public func bind(_ value: String?, at index: Int32) throws {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Binds an optional blob; nil binds NULL.
    public func bind(_ value: Data?, at index: Int32) throws {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Binds `values` to parameters 1, 2, … in order; nil binds NULL.
    public func bind(_ values: [(any SQLiteBindable)?]) throws {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            if let value { try value.bind(to: self, at: index) } else { try bindNull(at: index) }
        }
    }

    // MARK: Stepping

    /// Advances to the next row: true when a row is available, false when done.
    @discardableResult
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = SQLiteError(code: sqlite3_extended_errcode(connection), connection: connection, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Steps to completion (for statements that return no rows) and resets.
    public func run() throws {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Resets the statement to run again and clears its bindings.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Calls `body` for each result row, then resets.
    public func forEachRow(_ body: (Statement) throws -> Void) throws {
        defer { sqlite3_reset(handle) }
        while try step() { try body(self) }
    }

    /// Maps every result row through `transform`, then resets.
    public func map<T>(_ transform: (Statement) throws -> T) throws -> [T] {
        var rows: [T] = []
        try forEachRow { rows.append(try transform($0)) }
        return rows
    }

    /// The first row mapped through `transform`, or nil when there is none; then resets.
    public func first<T>(_ transform: (Statement) throws -> T) throws -> T? {
        defer { sqlite3_reset(handle) }
        return try step() ? try transform(self) : nil
    }

    // MARK: Columns

    /// The number of result columns.
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    /// True when column `index` (0-based) of the current row is NULL.
    public func isNull(_ index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_NULL
    }

    /// Column `index` as an integer (NULL reads as 0).
    public func int(_ index: Int32) -> Int {
        Int(sqlite3_column_int64(handle, index))
    }

    /// Column `index` as an integer, nil for NULL.
    public func optionalInt(_ index: Int32) -> Int? {
        isNull(index) ? nil : int(index)
    }

    /// Column `index` as text (NULL reads as "").
    public func string(_ index: Int32) -> String {
        guard let text = sqlite3_column_text(handle, index) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// Column `index` as text, nil for NULL.
    public func optionalString(_ index: Int32) -> String? {
        isNull(index) ? nil : string(index)
    }

    /// Column `index` as a blob (NULL reads as empty).
    public func data(_ index: Int32) -> Data {
        guard let bytes = sqlite3_column_blob(handle, index) else { return Data() }
        return Data(bytes: bytes, count: Int(sqlite3_column_bytes(handle, index)))
    }

    /// Column `index` as a blob, nil for NULL.
    public func optionalData(_ index: Int32) -> Data? {
        isNull(index) ? nil : data(index)
    }

    // MARK: Columns by name

    /// The result columns by the names the query gives them (`AS` or the column's own name).
    private lazy var columnIndexes: [String: Int32] = Dictionary(
        (0..<columnCount).map { (String(cString: sqlite3_column_name(handle, $0)), $0) }, uniquingKeysWith: { first, _ in first })

    /// The index of the result column `name`; a name the query does not select is a programming error.
    public func column(_ name: String) -> Int32 {
        guard let index = columnIndexes[name] else { preconditionFailure("\(name) is not a result column of: \(sql)") }
        return index
    }

    /// True when column `name` of the current row is NULL.
    public func isNull(_ name: String) -> Bool { isNull(column(name)) }

    /// Column `name` as an integer (NULL reads as 0).
    public func int(_ name: String) -> Int { int(column(name)) }

    /// Column `name` as an integer, nil for NULL.
    public func optionalInt(_ name: String) -> Int? { optionalInt(column(name)) }

    /// Column `name` as text (NULL reads as "").
    public func string(_ name: String) -> String { string(column(name)) }

    /// Column `name` as text, nil for NULL.
    public func optionalString(_ name: String) -> String? { optionalString(column(name)) }

    /// Column `name` as a blob (NULL reads as empty).
    public func data(_ name: String) -> Data { data(column(name)) }

    func check(_ rc: Int32) throws {
        guard rc == SQLITE_OK else { throw SQLiteError(code: rc, connection: connection, sql: sql) }
    }
}
