import CSQLite
import ZhurnalCore

/// Why the store refused or failed an operation; the app turns these into localised messages.
public enum StoreError: Error, Hashable, Sendable {
    /// The file is not a Zhurnal journal (not SQLite, or another program's database).
    case notAJournal
    /// The file claims to be SQLite but its pages are damaged.
    case corrupt
    /// The journal was written by a newer Zhurnal with a schema this build does not know.
    case newerVersion(found: Int, supported: Int)
    /// A read-only open found an older schema that would need a migration first.
    case olderVersion(found: Int, supported: Int)
    /// No path given and neither `XDG_DATA_HOME` nor `HOME` is set.
    case noDefaultLocation
    /// A file or directory could not be created or read; `errno` says why.
    case fileSystem(path: String, errno: Int32)
    /// The target of a backup already exists; it is never overwritten.
    case fileExists(path: String)
    /// A write was attempted on a journal opened read-only.
    case readOnly
    /// The disk (or the database's size limit) is full: the write was rolled back.
    case diskFull
    /// Another connection held the journal's write lock past the busy timeout: nothing was written.
    case busy
    /// No lesson column has this id.
    case noSuchColumn(Int)
    /// No student has this id (or the student is not in the column's class).
    case noSuchStudent(Int)
    /// No history row with this id describes the requested change.
    case noSuchHistoryRecord(Int)
    /// A column to restore still exists.
    case columnExists(Int)
    /// The change touches a locked term (its number): nothing was written.
    case termLocked(Int)
    /// Marks and attendance of a lesson still to come (its date) wait for its day.
    case upcomingLesson(LocalDate)
    /// An undone roster line cannot go: the student already has marks or other records.
    case studentHasRecords(Int)
    /// The acting person lacks the right the change needs: nothing was written.
    case notAllowed(StaffRight)
    /// The journal has a staff list without this login (or it is retired): no access at all.
    case unknownStaff(String)
    /// The staff change would leave the acting person (login) without the right to edit staff.
    case wouldLockOut(String)
    /// A mark or attendance entry, or a movement, on a day the student is not in that class.
    case notEnrolled(studentID: Int, date: LocalDate)
    /// A departure or transfer on `date` would leave the student's marks after it outside his
    /// class: they must be moved or cleared first.
    case entriesAfterMovement(studentID: Int, date: LocalDate)
    /// A movement dated before the student's latest one (`latest`): undo that one first.
    case movementBefore(studentID: Int, latest: LocalDate)
    /// An arrival on `date` of a student who is already in a class that day.
    case alreadyEnrolled(studentID: Int, date: LocalDate)
    /// An arrival on `date` of a student who has marks or attendance in the class before it.
    case entriesBeforeArrival(studentID: Int, date: LocalDate)
    /// The school year cannot be closed: it runs until `endsOn` (nil: the calendar has no valid
    /// terms, so no year to close).
    case yearNotOver(endsOn: LocalDate?)
    /// The closing of a school year is not undone: the year closed is kept in the file `copy`.
    case yearClosed(copy: String)
    /// The stored setting `name` cannot be read or holds a value out of its range; nothing was
    /// taken for it (a damaged setting is never replaced by the defaults behind the user's back).
    case damagedSetting(String)
    /// School settings with a value out of its range (`SchoolSettings.problems`) were not saved.
    case settingsOutOfRange
    /// Any other SQLite failure.
    case sqlite(SQLiteError)
    /// A failure that is neither SQLite's nor the store's own (a file system or decoding error met
    /// on the way), with its description: never reported as a database error.
    case unexpected(String)
}

extension StoreError {
    /// True for the write policy's refusals (a locked term, a lesson still to come, a roster
    /// line with records, a right the person lacks): a rule said no, nothing failed.
    public var isPolicyRefusal: Bool {
        switch self {
        case .termLocked, .upcomingLesson, .studentHasRecords, .notAllowed, .unknownStaff, .wouldLockOut,
             .notEnrolled, .entriesAfterMovement, .movementBefore, .alreadyEnrolled, .entriesBeforeArrival,
             .yearNotOver, .yearClosed:
            return true
        default: return false
        }
    }

    /// `error` as a `StoreError`: SQLite corruption and read-only failures get their own cases.
    static func wrapping(_ error: any Error) -> any Error {
        guard let error = error as? SQLiteError else { return error }
        return classifying(error)
    }

    /// Any failure as a `StoreError`, so that every caller shows the same one-line message: a
    /// `StoreError` as it is, SQLite's busy, corruption, read-only and full-disk codes as their own
    /// cases, any other SQLite failure as `.sqlite`, anything else as `.unexpected`.
    public static func classifying(_ error: any Error) -> StoreError {
        if let error = error as? StoreError {
            if case .sqlite(let inner) = error { return classifying(inner) }
            return error
        }
        guard let error = error as? SQLiteError else { return .unexpected(String(describing: error)) }
        if error.isBusy { return .busy }
        if error.isCorruption { return .corrupt }
        if error.code == SQLITE_READONLY { return .readOnly }
        if error.code == SQLITE_FULL { return .diskFull }
        return .sqlite(error)
    }
}
