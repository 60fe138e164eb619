import ZhurnalStore

/// `zhurnal backup FILE` and `zhurnal check`.
public enum MaintenanceCommands {
    /// Copies the journal into a new file (never overwriting one).
    public static func backup(to file: String, databasePath: String) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, readOnly: true)
        do {
            try journal.backup(to: file)
        } catch {
            throw JournalOpener.failure(error, path: file)
        }
        return CommandOutput(notes: [.backupWritten(file)])
    }

    /// Checks the file's integrity and foreign keys; problems are printed one per line.
    public static func check(databasePath: String) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, readOnly: true)
        let problems: [CheckProblem]
        do {
            problems = try journal.check()
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
        guard problems.isEmpty else {
            throw CommandFailure(exitCode: 3, problems.map { .verbatimLine("\($0)") } + [.checkProblems(problems.count)])
        }
        return CommandOutput(notes: [.checkOK(databasePath)])
    }
}
