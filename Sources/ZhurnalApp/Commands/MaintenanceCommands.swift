import ZhurnalStore

/// `zhurnal backup FILE` and `zhurnal check`.
public enum MaintenanceCommands {
    /// Copies the journal into a new file (never overwriting one); a damaged journal is not copied
    /// (exit 3), and a copy that fails (a full disk) leaves no file.
    public static func backup(to file: String, databasePath: String) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, readOnly: true, person: false)
        do {
            try journal.requireSound(path: databasePath)
        } catch StoreError.corrupt {
            throw CommandFailure(exitCode: 3, [.backupSourceDamaged(databasePath)])
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
        do {
            try journal.backup(to: file)
        } catch StoreError.fileExists(let path) {
            throw CommandFailure.user(.store(.fileExists(path: path), path: path))
        } catch let error as StoreError {
            throw CommandFailure.user(.backupFailed(file, error))
        } catch {
            throw JournalOpener.failure(error, path: file)
        }
        return CommandOutput(notes: [.backupWritten(file)])
    }

    /// Checks the file's integrity and foreign keys; problems are printed one per line.
    public static func check(databasePath: String) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, readOnly: true, person: false)
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
