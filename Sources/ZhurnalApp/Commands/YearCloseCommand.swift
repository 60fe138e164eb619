import ZhurnalCore
import ZhurnalStore

/// `zhurnal year close [--repeat "Фамилия Имя"]…`: the school year's end (`Journal.closeYear`).
public enum YearCloseCommand {
    /// Closes the school year of the journal at `databasePath`; `repeaters` are names of students
    /// who stay in their grade, each matching exactly one student of the school.
    public static func run(repeaters: [String], databasePath: String) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, mustExist: true)
        do {
            let access = try journal.staffAccess()
            guard access.allows(.school) else {
                throw access.isKnown ? StoreError.notAllowed(.school) : StoreError.unknownStaff(access.login)
            }
            let ids = try Set(repeaters.map { try repeater(named: $0, in: journal) })
            let closing = try journal.closeYear(repeaters: ids)
            return CommandOutput(notes: [.yearClose(.closed(closing))])
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }

    /// The one student of the school `name` ("Фамилия Имя [Отчество]") means.
    private static func repeater(named name: String, in journal: Journal) throws -> Int {
        var found: [(student: Student, className: String)] = []
        for schoolClass in try journal.classes() {
            switch try journal.findStudent(named: name, classID: schoolClass.id) {
            case .found(let student): found.append((student, schoolClass.name))
            case .ambiguous(let students): found += students.map { ($0, schoolClass.name) }
            case .notFound: continue
            }
        }
        guard let first = found.first else { throw CommandFailure.user(.yearClose(.unknownRepeater(name))) }
        guard found.count == 1 else {
            throw CommandFailure.user(.yearClose(.ambiguousRepeater(name, classes: found.map(\.className))))
        }
        return first.student.id
    }
}
