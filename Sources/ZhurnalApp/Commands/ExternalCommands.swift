import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// `zhurnal import external` and `zhurnal report objectivity`.
public enum ExternalCommands {
    /// Imports a file of external-procedure results; with a scale, empty marks come from the scores.
    public static func importResults(file: String, scale: PointsScale? = nil,
                                     databasePath: String) throws(CommandFailure) -> CommandOutput {
        let bytes = try ImportCommands.read(file)
        let journal = try JournalOpener.open(databasePath, mustExist: true)
        do {
            return CommandOutput(notes: [.externalImported(try journal.importExternal(bytes, scale: scale))])
        } catch {
            throw ImportCommands.failure(error, databasePath: databasePath)
        }
    }

    /// The objectivity report of a procedure, as text or JSON.
    public static func objectivity(procedure: String, term: Int?, json: Bool, destination: OutputDestination,
                                   databasePath: String, today: LocalDate, language: Language) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, readOnly: true)
        do {
            let builder = ObjectivityBuilder(journal: journal, settings: try journal.schoolSettings(today: today))
            let report = try builder.report(procedure: procedure, term: term)
            if json { return try destination.deliver(text: ObjectivityJSON.report(report).rendered() + "\n") }
            return try destination.deliver(text: ObjectivityText.report(report, language: language))
        } catch let failure as CommandFailure {
            throw failure
        } catch let failure as ObjectivityBuilder.Failure {
            throw CommandFailure.user(message(failure))
        } catch let failure as SummaryBuilder.Failure {
            throw CommandFailure.user(ReportCommands.message(failure))
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }

    /// The message of a report that cannot be built.
    static func message(_ failure: ObjectivityBuilder.Failure) -> CommandMessage {
        switch failure {
        case .unknownProcedure(let name): return .unknownProcedure(name)
        case .noSuchTerm(let number): return .noSuchTerm(number)
        case .dateOutsideCalendar(let date): return .procedureOutsideCalendar(date)
        }
    }
}
