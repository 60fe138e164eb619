import ZhurnalApp
import ZhurnalCore
import ZhurnalTools

/// Output formats a report or export may be asked for.
enum OutputFormat: String, CaseIterable, Sendable {
    case text, csv, json, html
}

/// Which period a report covers.
enum ReportPeriod: Equatable, Sendable {
    /// The term containing today, or the last term with data.
    case current
    case term(Int)
    case year
}

/// One parsed subcommand of the contract in design.md.
enum Command: Equatable, Sendable {
    case open
    case demo(force: Bool)
    case importRoster(file: String, className: String?)
    case importMarks(file: String)
    case importFinalMarks(file: String)
    /// `scale`: a points→mark scale already checked by the parser (`6,10,14`).
    case importExternal(file: String, scale: String?)
    case importRubric(file: String)
    case importRubricScores(file: String)
    case importCurriculum(file: String)
    case importCalendar(file: String)
    case importTimetable(file: String)
    case importPlan(file: String)
    case importStaff(file: String)
    case importMovements(file: String)
    /// `student arrive|leave|transfer|rename`.
    case student(MovementCommands.Request)
    /// `lock` (true) or `unlock` (false) a term.
    case lock(term: Int, locked: Bool)
    /// `server setup`: `root` the prefix written under (nil: "/"), `group` the staff group.
    case serverSetup(root: String?, group: String?)
    case generateLessons(from: LocalDate, to: LocalDate, className: String?, subject: String?)
    case exportLessons(className: String, subject: String, term: Int?, format: OutputFormat, output: String?, excel: Bool)
    case exportMarks(className: String?, subject: String?, format: OutputFormat, output: String?, excel: Bool)
    case reportSummary(className: String, subject: String?, period: ReportPeriod, format: OutputFormat, output: String?, excel: Bool,
                       teacher: String?, averages: Bool, print: Bool)
    case printJournal(className: String, subject: String, period: ReportPeriod, format: OutputFormat, output: String?,
                      teacher: String?, print: Bool)
    case reportStudent(className: String, student: String, term: Int?, format: OutputFormat, output: String?)
    /// A class's risk report, or (class nil) the school's or one grade's.
    case reportRisk(className: String?, grade: Int?, term: Int?, format: OutputFormat, output: String?)
    /// A class's attendance for a term (nil: the current one).
    case reportAttendance(className: String, term: Int?, format: OutputFormat, output: String?, teacher: String?)
    /// The class teacher's period report; `print` sends the text to the printer.
    case reportClassTeacher(className: String, term: Int?, format: OutputFormat, output: String?, teacher: String?, print: Bool)
    /// The school's movement of students for a term (nil: the current one).
    case reportMovements(term: Int?, format: OutputFormat, output: String?)
    case reportObjectivity(procedure: String, term: Int?, format: OutputFormat, output: String?)
    /// Thresholds in hundredths of a percent; nil keeps the default.
    case reportDistrict(files: [String], term: Int?, format: OutputFormat, output: String?,
                        minProgress: Int?, minQuality: Int?, minSOU: Int?)
    /// `year close`: the names of the students who stay in their grade.
    case yearClose(repeaters: [String])
    case backup(file: String)
    case check
    case bench(scale: BenchScale, seed: UInt64, json: Bool)
    case help
    case version
}

/// The whole command line: global options and the command.
struct Invocation: Equatable, Sendable {
    var databasePath: String?
    var language: String?
    var command: Command
}

/// A command line that does not follow the contract.
enum UsageError: Error, Equatable, Sendable {
    case unknownCommand(String)
    case unknownOption(String)
    case missingValue(option: String)
    case missingArgument(String)
    case unexpectedArgument(String)
    case invalidValue(option: String, value: String, allowed: String)
    case conflicting(String, String)
}
