import ZhurnalCore
import ZhurnalStore

extension ImportCommands {
    /// Imports a rubric (JSON, docs/rubrics.md) and attaches it to the columns it lists.
    public static func rubric(file: String, databasePath: String, today: LocalDate) throws(CommandFailure) -> CommandOutput {
        let bytes = try read(file)
        let journal = try JournalOpener.open(databasePath, mustExist: true, today: today)
        let kinds: [WorkKind]
        do {
            kinds = try journal.schoolSettings(today: today).kinds
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
        do {
            let result = try journal.importRubric(bytes, kinds: kinds)
            return CommandOutput(notes: [.rubricImported(name: result.name, replaced: result.save.replaced,
                                                         columns: result.columns, rederived: result.save.rederived)])
        } catch {
            if case .store(let storeError) = error { throw JournalOpener.failure(storeError, path: databasePath) }
            throw CommandFailure.user(.rubricRefused(error))
        }
    }

    /// Imports criteria points per student and column; the cells' marks are derived.
    public static func rubricScores(file: String, databasePath: String, today: LocalDate) throws(CommandFailure) -> CommandOutput {
        let bytes = try read(file)
        let journal = try JournalOpener.open(databasePath, mustExist: true, today: today)
        do {
            let settings = try journal.schoolSettings(today: today)
            let scored = try journal.importRubricScores(bytes, kinds: settings.kinds)
            return CommandOutput(notes: [.rubricScoresImported(students: scored)])
        } catch let error as ImportFailure {
            throw failure(error, databasePath: databasePath)
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }
}
