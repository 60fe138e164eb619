import ZhurnalCore
import ZhurnalStore

/// `zhurnal import staff`, `zhurnal lock|unlock --term N`, and the read check of the commands
/// that show one class's journals.
public enum PeopleCommands {
    /// Imports a staff file (administrator only; the list must keep the acting person an
    /// administrator).
    public static func importStaff(file: String, databasePath: String) throws(CommandFailure) -> CommandOutput {
        let bytes = try ImportCommands.read(file)
        let journal = try JournalOpener.open(databasePath)
        do {
            return CommandOutput(notes: [.people(.staffImported(try journal.importStaff(bytes)))])
        } catch {
            throw ImportCommands.failure(error, databasePath: databasePath)
        }
    }

    /// Locks or unlocks a term of the school calendar (завуч, администратор).
    public static func setTermLocked(_ locked: Bool, term: Int, databasePath: String,
                                     today: LocalDate) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, mustExist: true)
        do {
            let calendar = try journal.schoolSettings(today: today).calendar
            let count = calendar.terms.count
            guard (1...max(count, 1)).contains(term) else { throw CommandFailure.user(.people(.noSuchTerm(term, count: count))) }
            try journal.setTermLocked(locked, term: TermLock(term: term, kind: calendar.kind))
            return CommandOutput(notes: [.people(locked ? .termLocked(term) : .termUnlocked(term))])
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }

    /// Refuses (exit 1) a command about the journals of `className` (and `subject`) that the
    /// acting person may not read; names not in the journal are left to the command's own message.
    static func requireRead(_ journal: Journal, className: String?, subject: String?,
                            path: String) throws(CommandFailure) {
        do {
            let access = try journal.staffAccess()
            if access.readsEverything { return }
            guard let className else { throw CommandFailure.user(.people(.cannotRead(className: "—", subject: subject))) }
            guard let schoolClass = try journal.schoolClass(named: className) else { return }
            if let subject {
                guard let found = try journal.subjects().first(where: { NameFold.same($0.name, subject) }) else { return }
                if access.canRead(classID: schoolClass.id, subjectID: found.id) { return }
            } else if access.canRead(classID: schoolClass.id) {
                return
            }
            throw CommandFailure.user(.people(.cannotRead(className: schoolClass.name, subject: subject)))
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw JournalOpener.failure(error, path: path)
        }
    }
}
