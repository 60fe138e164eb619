import ZhurnalCore
import ZhurnalStore

/// `zhurnal import roster|marks|final-marks`.
public enum ImportCommands {
    /// Imports a roster file.
    public static func roster(file: String, className: String?, databasePath: String) throws(CommandFailure) -> CommandOutput {
        let bytes = try read(file)
        let journal = try JournalOpener.open(databasePath)
        do {
            let result = try journal.importRoster(bytes, className: className)
            return CommandOutput(notes: [.rosterImported(students: result.studentsAdded, classes: result.classes)])
        } catch {
            throw failure(error, databasePath: databasePath)
        }
    }

    /// Imports a marks file.
    public static func marks(file: String, databasePath: String, today: LocalDate) throws(CommandFailure) -> CommandOutput {
        let input: CSVInput
        do {
            input = try CSVInput(path: file)
        } catch {
            throw failure(error, databasePath: databasePath)
        }
        let journal = try JournalOpener.open(databasePath, mustExist: true, today: today)
        do {
            let settings = try journal.schoolSettings(today: today)
            let result = try journal.importMarks(input, kinds: settings.kinds)
            try journal.keepSchoolSettings(today: today)
            return CommandOutput(notes: [.marksImported(entries: result.entries, columns: result.columns)])
        } catch let error as ImportFailure {
            throw failure(error, databasePath: databasePath)
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }

    /// Imports a final-marks file.
    public static func finalMarks(file: String, databasePath: String, today: LocalDate) throws(CommandFailure) -> CommandOutput {
        let bytes = try read(file)
        let journal = try JournalOpener.open(databasePath, mustExist: true, today: today)
        do {
            return CommandOutput(notes: [.finalMarksImported(try journal.importFinalMarks(bytes))])
        } catch {
            throw failure(error, databasePath: databasePath)
        }
    }

    /// The bytes of an import file, or the "cannot read" failure.
    static func read(_ file: String) throws(CommandFailure) -> [UInt8] {
        do {
            return try CSVImportFileReader.bytes(atPath: file)
        } catch {
            throw failure(error, databasePath: "")
        }
    }

    /// An import failure as messages: every bad row on its own line, then the count.
    static func failure(_ error: ImportFailure, databasePath: String) -> CommandFailure {
        switch error {
        case .cannotRead(let path): return .user(.cannotReadFile(path))
        case .unreadable(let csv): return .user(.csv(csv))
        case .header(let header): return CommandFailure(exitCode: 1, header.issues.map(CommandMessage.headerIssue))
        case .badRows(let rows):
            return CommandFailure(exitCode: 1, rows.map { .rowProblem(line: $0.line, $0.problem) } + [.importRefused(badRows: rows.count)])
        case .store(let storeError): return JournalOpener.failure(storeError, path: databasePath)
        }
    }
}
