import Foundation
import ZhurnalCore

/// A school's journal file: the repository API over one SQLite connection.
///
/// Every change of journal data goes through one write path (`write`): the `WritePolicy` is
/// checked (read-only file, locked terms, lessons still to come) and the data and its history
/// rows are written in one transaction; writes nested in another run as its savepoints and add
/// to its history operation. Failures are thrown as `StoreError`. Not `Sendable`, like its
/// connection.
public final class Journal {
    /// The underlying connection; no code outside the store writes through it.
    let connection: SQLiteConnection
    /// The journal file's path, as opened.
    public let path: String
    /// True when opened read-only: every write throws `StoreError.readOnly`.
    public let isReadOnly: Bool
    let now: () -> Date
    /// The acting person recorded in history rows and whose changes undo takes back.
    public let user: String
    private let fixedToday: LocalDate?
    /// True while undo or redo replays history, so that their writes keep the redo list.
    var isReplaying = false
    /// The history writer of the write transaction open now, shared by the writes nested in it.
    private var openWrite: HistoryWriter?
    /// The first history row of each change this process made, oldest first: undo takes these
    /// back before the acting person's earlier changes.
    var processOperations: [Int] = []

    /// Opens (read-write: creating and migrating when needed) the journal at `path`.
    ///
    /// - Parameters:
    ///   - readOnly: open with `SQLITE_OPEN_READONLY`; the file is never written.
    ///   - now: the clock for history and `updated_at` stamps.
    ///   - today: the day marks may be given up to; nil: the clock's local date at each write.
    ///   - user: the acting person; nil: `OSUser.acting(onFileAt:)`.
    public init(path: String, readOnly: Bool = false, now: @escaping () -> Date = Date.init,
                today: LocalDate? = nil, user: String? = nil) throws {
        connection = readOnly ? try JournalDatabase.openReadOnly(path: path) : try JournalDatabase.open(path: path)
        self.path = path
        isReadOnly = readOnly
        self.now = now
        fixedToday = today
        self.user = user ?? OSUser.acting(onFileAt: path)
    }

    /// The day the upcoming-lesson rule counts from: marks and attendance up to it are accepted.
    public var today: LocalDate {
        if let fixedToday { return fixedToday }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: now())
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(dayNumber: 0)
    }

    /// The write path: runs `body` as one write transaction (a savepoint of the open one when
    /// nested) with the history writer of its operation, which carries the policy to check.
    /// `right` is what the write needs beyond its history rows' own rights (nil: only those —
    /// journal data and rosters, whose every row is checked as it is appended).
    func write<T>(needing right: StaffRight?, _ body: (HistoryWriter) throws -> T) throws -> T {
        guard !isReadOnly else { throw StoreError.readOnly }
        if let open = openWrite {
            if let right { try open.policy.require(right) }
            return try withStoreErrors { try connection.transaction { try body(open) } }
        }
        var started: HistoryWriter?
        let result = try withStoreErrors {
            try connection.transaction { () throws -> T in
                let policy = try policy()
                if let right { try policy.require(right) }
                let history = HistoryWriter(connection: connection, at: Timestamp.string(from: now()), user: user,
                                            policy: policy, dropsRedo: !isReplaying)
                openWrite = history
                defer { openWrite = nil }
                started = history
                return try body(history)
            }
        }
        if !isReplaying, let first = started?.firstID { processOperations.append(first) }
        return result
    }

    /// Runs `body` with the history writer of the write open now, without a savepoint of its
    /// own (for the many small changes of one batch), or as a write of its own when none is open.
    func inOpenWrite<T>(_ body: (HistoryWriter) throws -> T) throws -> T {
        if let open = openWrite { return try withStoreErrors { try body(open) } }
        return try write(needing: nil, body)
    }

    /// Runs several writes as one transaction and one operation in the history (theirs nest as
    /// savepoints): all land or none does. Each nested write checks its own rights.
    public func atomically<T>(_ body: () throws -> T) throws -> T {
        try write(needing: nil) { _ in try body() }
    }

    /// Runs a read, turning SQLite failures into `StoreError`.
    func read<T>(_ body: () throws -> T) throws -> T {
        try withStoreErrors(body)
    }

    /// Runs many reads as one read transaction: they see one state of the file, and SQLite takes
    /// its shared lock once instead of for every query (a whole report of a school). Inside an
    /// open transaction it just runs `body`.
    public func snapshot<T>(_ body: () throws -> T) throws -> T {
        if connection.isInTransaction { return try body() }
        try withStoreErrors { try connection.execute("BEGIN") }
        do {
            let result = try body()
            try withStoreErrors { try connection.execute("COMMIT") }
            return result
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
    }

    /// The policy as the file says now: locked terms, the calendar of each class, the person's rights.
    private func policy() throws -> WritePolicy {
        let today = self.today
        let terms = try schoolSettings(today: today).calendar
        let locked = try lockedTerms(schoolKind: terms.kind)
        return WritePolicy(lockedTerms: locked, calendar: locked.isEmpty ? nil : terms,
                           classCalendars: locked.isEmpty ? [:] : try termCalendarsByClass(schoolTerms: terms), today: today,
                           access: try staffAccess())
    }

    /// The terms locked against changes, each of its calendar's kind (`TermLock`).
    public func lockedTerms() throws -> Set<TermLock> {
        try lockedTerms(schoolKind: schoolSettings(today: today).calendar.kind)
    }

    private func lockedTerms(schoolKind: TermKind) throws -> Set<TermLock> {
        WritePolicy.decodeLocks(try setting(named: WritePolicy.locksKey), schoolKind: schoolKind)
    }

    /// Locks or unlocks a term: while locked, every change to its marks, final marks, lessons,
    /// notes and rubric points is refused with `StoreError.termLocked`, from every path — in every
    /// class whose calendar has terms of the lock's kind (`TermLock`). Needs the right to lock
    /// terms (завуч, администратор).
    public func setTermLocked(_ locked: Bool, term: TermLock) throws {
        try write(needing: .lockTerms) { _ in
            var terms = try lockedTerms()
            if locked { terms.insert(term) } else { terms.remove(term) }
            try storeSetting(terms.isEmpty ? nil : WritePolicy.encodeLocks(terms), named: WritePolicy.locksKey)
        }
    }
}
