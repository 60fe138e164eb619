import Foundation
import ZhurnalCore
import ZhurnalStore

/// Opens the journal file for a command, turning refusals into messages and exit codes.
public enum JournalOpener {
    /// Opens the journal at `path`; `mustExist` refuses a missing file instead of creating one.
    ///
    /// A read-only open of the user's own journal written by an older version upgrades it first
    /// (one read-write open runs the migrations), unless `upgrade` is false — as for other
    /// schools' files, which are never written. `today` is the day marks may be given up to
    /// (the clock's when nil). With `person` (the default) a journal with a staff list refuses a
    /// login not on it (`StoreError.unknownStaff`), reads too; file maintenance (backup, check) and
    /// the district's reading of other schools' files pass false.
    public static func open(_ path: String, readOnly: Bool = false, mustExist: Bool = false,
                            upgrade: Bool = true, today: LocalDate? = nil, person: Bool = true) throws(CommandFailure) -> Journal {
        let journal = try openFile(path, readOnly: readOnly, mustExist: mustExist, upgrade: upgrade, today: today)
        guard person else { return journal }
        do {
            try journal.requireKnownPerson()
        } catch {
            throw failure(error, path: path)
        }
        return journal
    }

    private static func openFile(_ path: String, readOnly: Bool, mustExist: Bool,
                                 upgrade: Bool, today: LocalDate?) throws(CommandFailure) -> Journal {
        if (mustExist || readOnly) && !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure.user(.noJournal(path))
        }
        do {
            return try Journal(path: path, readOnly: readOnly, today: today)
        } catch StoreError.olderVersion where readOnly && upgrade {
            do {
                _ = try Journal(path: path)
                return try Journal(path: path, readOnly: true)
            } catch {
                throw failure(error, path: path)
            }
        } catch {
            throw failure(error, path: path)
        }
    }

    /// Opens the user's journal for the full-screen journal: read-write, or read-only (with a
    /// banner and every edit refused) when the file exists and `writable` says it cannot be
    /// changed. `writable` is `JournalDatabase.isWritable` unless a test decides.
    public static func openForTerminal(_ path: String, today: LocalDate? = nil,
                                       writable: (String) -> Bool = JournalDatabase.isWritable)
        throws(CommandFailure) -> Journal {
        if FileManager.default.fileExists(atPath: path), !writable(path) {
            return try open(path, readOnly: true, upgrade: false)
        }
        return try open(path, today: today)
    }

    /// A store error as a command failure: refused files exit with 3, other failures with 1.
    public static func failure(_ error: any Error, path: String) -> CommandFailure {
        let storeError = StoreError.classifying(error)
        switch storeError {
        case .notAJournal, .corrupt, .newerVersion, .olderVersion:
            return CommandFailure(exitCode: 3, [.store(storeError, path: path)])
        default:
            return CommandFailure.user(.store(storeError, path: path))
        }
    }
}
