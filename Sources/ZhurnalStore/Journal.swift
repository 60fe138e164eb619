import Foundation

/// A school's journal file: the repository API over one SQLite connection.
///
/// Every write runs in one transaction and appends history rows for changes of entries, final
/// marks and columns. Failures are thrown as `StoreError`. Not `Sendable`, like its connection.
public final class Journal {
    /// The underlying connection, for queries this API does not offer.
    public let connection: SQLiteConnection
    /// True when opened read-only: every write throws `StoreError.readOnly`.
    public let isReadOnly: Bool
    let now: () -> Date
    let user: String
    /// True while undo or redo replays history, so that their writes keep the redo list.
    var isReplaying = false

    /// Opens (read-write: creating and migrating when needed) the journal at `path`.
    ///
    /// - Parameters:
    ///   - readOnly: open with `SQLITE_OPEN_READONLY`; the file is never written.
    ///   - now: the clock for history and `updated_at` stamps.
    ///   - user: the OS user recorded in history rows.
    public init(path: String, readOnly: Bool = false, now: @escaping () -> Date = Date.init,
                user: String = OSUser.current()) throws {
        connection = readOnly ? try JournalDatabase.openReadOnly(path: path) : try JournalDatabase.open(path: path)
        isReadOnly = readOnly
        self.now = now
        self.user = user
    }

    /// Runs `body` as one write transaction with a history writer stamped with the current time.
    func write<T>(_ body: (HistoryWriter) throws -> T) throws -> T {
        guard !isReadOnly else { throw StoreError.readOnly }
        return try withStoreErrors {
            try connection.transaction {
                if !isReplaying {
                    try connection.run("UPDATE undo_log SET state = 'dropped' WHERE state = 'undone'")
                }
                return try body(HistoryWriter(connection: connection, at: Timestamp.string(from: now()), user: user))
            }
        }
    }

    /// Runs several writes as one transaction (theirs nest as savepoints): all land or none does.
    public func atomically<T>(_ body: () throws -> T) throws -> T {
        try write { _ in try body() }
    }

    /// Runs a read, turning SQLite failures into `StoreError`.
    func read<T>(_ body: () throws -> T) throws -> T {
        try withStoreErrors(body)
    }
}
