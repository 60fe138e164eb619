import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// Every text the command line prints: results, refusals and the help. Each case has its whole
/// Russian and whole English sentence side by side in one exhaustive switch
/// (`CommandMessage+Text.swift`), so a message without a translation does not compile.
public enum CommandMessage: Sendable {
    /// A line of the program's own making shown as it is (e.g. a check result from SQLite).
    case verbatimLine(String)
    case usageHint
    case unknownCommand(String)
    case unknownOption(String)
    case missingValue(option: String)
    case missingArgument(String)
    case unexpectedArgument(String)
    case invalidValue(option: String, value: String, allowed: String)
    case conflicting(String, String)

    case store(StoreError, path: String)
    case cannotReadFile(String)
    case noJournal(String)
    case cannotWriteFile(String)
    /// `--output` names a journal, its side file, a link or a non-regular file (`OutputGuard`).
    case outputRefused(String, OutputRefusal)
    case csv(CSVError)
    case headerIssue(CSVHeaderIssue)
    case rowProblem(line: Int, ImportProblem)
    case importRefused(badRows: Int)
    case rosterImported(students: Int, classes: Int)
    case marksImported(entries: Int, columns: Int)
    case finalMarksImported(Int)
    case rubricImported(name: String, replaced: Bool, columns: Int, rederived: Int)
    case rubricRefused(RubricImportError)
    case rubricScoresImported(students: Int)
    /// Results and refusals of the school year's commands (`SchoolYearMessage`).
    case schoolYear(SchoolYearMessage)
    /// Results and refusals of the staff commands (`PeopleMessage`).
    case people(PeopleMessage)
    /// What `zhurnal server setup` did (`ServerMessage`).
    case server(ServerMessage)
    /// Results and refusals of the movement commands (`MovementMessage`).
    case movement(MovementMessage)
    /// What closing the school year did or why it was refused (`YearCloseMessage`).
    case yearClose(YearCloseMessage)

    case unknownClass(String)
    case unknownSubject(String)
    case noSuchTerm(Int)
    case noSubjects(String)
    case unknownStudent(String, className: String)
    case ambiguousStudent(String, className: String)
    case exportEncoding(TextEncodingError)
    case lprMissing
    case printFailed(String)
    case printed
    case externalImported(Int)
    case unknownProcedure(String)
    case noClassesInGrade(Int)
    /// A refusal of a mistyped name followed by the nearest known name.
    indirect case didYouMean(CommandMessage, suggestion: String)
    case procedureOutsideCalendar(String)
    case inFile(String)

    case backupWritten(String)
    /// `backup` found the journal damaged (`PRAGMA quick_check`) and copied nothing.
    case backupSourceDamaged(String)
    /// `backup` could not write its copy (a full disk, a folder that cannot be written); no file is left.
    case backupFailed(String, StoreError)
    case checkOK(String)
    case checkProblems(Int)
    case demoCreated(path: String)
    case demoExists(path: String)
    /// `zhurnal bench --db PATH` names a file that exists and is not empty.
    case benchFileExists(String)
    case benchFailed(String)

    /// The text in a language.
    public func text(_ language: Language) -> String {
        let texts = pair
        return language == .ru ? texts.ru : texts.en
    }
}
