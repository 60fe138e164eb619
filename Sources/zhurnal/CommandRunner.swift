import Foundation
import Terminal
import TerminalUI
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore
import ZhurnalTools

/// Runs a parsed command: resolves the journal path, calls the command, prints its output and
/// messages, and returns the exit code.
struct CommandRunner {
    let invocation: Invocation
    let environment: [String: String]
    let language: Language

    /// Today's date on this computer.
    var today: LocalDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 2026, month: parts.month ?? 9, day: parts.day ?? 1) ?? LocalDate(dayNumber: 0)
    }

    func run() -> Int32 {
        do {
            let output = try perform()
            Console.out(output.stdout)
            for note in output.notes {
                Console.out(note.text(language) + "\n")
            }
            return 0
        } catch {
            for message in error.messages {
                Console.error(message.text(language))
            }
            return error.exitCode
        }
    }

    private func perform() throws(CommandFailure) -> CommandOutput {
        switch invocation.command {
        case .help:
            return CommandOutput(stdout: CommandMessage.help.text(language) + "\n")
        case .version:
            return CommandOutput(stdout: "zhurnal \(ZhurnalVersion.current)\n")
        case .open:
            return try Interactive.open(path: try databasePath(), language: language, environment: environment, today: today)
        case .demo(let force):
            let path: String
            if let explicit = invocation.databasePath ?? DemoCommand.defaultPath(environment: environment) {
                path = explicit
            } else {
                path = try databasePath()
            }
            let note = try DemoCommand.prepare(path: path, force: force)
            Console.out(note.text(language) + "\n")
            return try Interactive.open(path: path, language: language, environment: environment, today: today)
        case .importRoster(let file, let className):
            return try ImportCommands.roster(file: file, className: className, databasePath: databasePath())
        case .importMarks(let file):
            return try ImportCommands.marks(file: file, databasePath: databasePath(), today: today)
        case .importFinalMarks(let file):
            return try ImportCommands.finalMarks(file: file, databasePath: databasePath(), today: today)
        case .importExternal(let file, let scale):
            return try ExternalCommands.importResults(file: file, scale: scale.flatMap(PointsScale.init(parsing:)),
                                                      databasePath: databasePath())
        case .importRubric(let file):
            return try ImportCommands.rubric(file: file, databasePath: databasePath(), today: today)
        case .importRubricScores(let file):
            return try ImportCommands.rubricScores(file: file, databasePath: databasePath(), today: today)
        case .importCurriculum(let file):
            return try SchoolYearCommands.importCurriculum(file: file, databasePath: databasePath())
        case .importCalendar(let file):
            return try SchoolYearCommands.importCalendar(file: file, databasePath: databasePath(), today: today)
        case .importTimetable(let file):
            return try SchoolYearCommands.importTimetable(file: file, databasePath: databasePath())
        case .importPlan(let file):
            return try SchoolYearCommands.importPlan(file: file, databasePath: databasePath(), today: today)
        case .importStaff(let file):
            return try PeopleCommands.importStaff(file: file, databasePath: databasePath())
        case .importMovements(let file):
            return try MovementCommands.importMovements(file: file, databasePath: databasePath(), today: today)
        case .student(let request):
            return try MovementCommands.run(request, databasePath: databasePath(), today: today)
        case .reportMovements(let term, let format, let output):
            return try MovementCommands.report(term: term, format: ReportCommands.Format(rawValue: format.rawValue) ?? .text,
                                               destination: OutputDestination(path: output, excel: false),
                                               databasePath: databasePath(), today: today, language: language)
        case .lock(let term, let locked):
            return try PeopleCommands.setTermLocked(locked, term: term, databasePath: databasePath(), today: today)
        case .serverSetup(let root, let group):
            return try ServerSetup(layout: ServerLayout(group: group), root: root ?? "/",
                                   programSource: Bundle.main.executablePath ?? CommandLine.arguments[0]).run()
        case .generateLessons(let from, let to, let className, let subject):
            return try SchoolYearCommands.generateLessons(from: from, to: to, className: className, subject: subject,
                                                          databasePath: databasePath(), today: today)
        case .exportLessons(let className, let subject, let term, let format, let output, let excel):
            return try SchoolYearCommands.exportLessons(className: className, subject: subject, term: term,
                                                        json: format == .json,
                                                        destination: OutputDestination(path: output, excel: excel),
                                                        databasePath: databasePath(), today: today)
        case .exportMarks(let className, let subject, let format, let output, let excel):
            return try ReportCommands.exportMarks(className: className, subject: subject, json: format == .json,
                                                  destination: OutputDestination(path: output, excel: excel),
                                                  databasePath: databasePath(), today: today,
                                                  language: invocation.language == Language.en.rawValue ? .en : .ru)
        case .reportSummary(let className, let subject, let period, let format, let output, let excel,
                            let teacher, let averages, let print):
            var term: Int?
            if case .term(let number) = period { term = number }
            return try ReportCommands.summary(className: className, subject: subject, term: term, year: period == .year,
                                              format: ReportCommands.Format(rawValue: format.rawValue) ?? .text,
                                              destination: OutputDestination(path: output, excel: excel),
                                              databasePath: databasePath(), today: today, language: language,
                                              sheet: SheetOptions(teacher: teacher, averages: averages, print: print,
                                                                  journalPath: databasePath(), environment: environment))
        case .printJournal(let className, let subject, let period, let format, let output, let teacher, let print):
            var term: Int?
            if case .term(let number) = period { term = number }
            return try ReportCommands.journalPage(className: className, subject: subject, term: term, year: period == .year,
                                                  html: format == .html, destination: OutputDestination(path: output, excel: false),
                                                  databasePath: databasePath(), today: today, language: language,
                                                  sheet: SheetOptions(teacher: teacher, print: print, journalPath: databasePath(),
                                                                      environment: environment))
        case .reportStudent(let className, let student, let term, let format, let output):
            return try ProgressCommands.student(className: className, student: student, term: term, json: format == .json,
                                                destination: OutputDestination(path: output, excel: false),
                                                databasePath: databasePath(), today: today, language: language)
        case .reportRisk(let className, let grade, let term, let format, let output):
            return try ProgressCommands.risk(className: className, grade: grade, term: term, json: format == .json,
                                             destination: OutputDestination(path: output, excel: false),
                                             databasePath: databasePath(), today: today, language: language)
        case .reportAttendance(let className, let term, let format, let output, let teacher):
            return try AttendanceCommands.attendance(className: className, term: term,
                                                     format: ReportCommands.Format(rawValue: format.rawValue) ?? .text,
                                                     destination: OutputDestination(path: output, excel: false),
                                                     databasePath: databasePath(), today: today, language: language,
                                                     sheet: SheetOptions(teacher: teacher, journalPath: databasePath(),
                                                                         environment: environment))
        case .reportClassTeacher(let className, let term, let format, let output, let teacher, let print):
            return try AttendanceCommands.classTeacher(className: className, term: term,
                                                       format: ReportCommands.Format(rawValue: format.rawValue) ?? .text,
                                                       destination: OutputDestination(path: output, excel: false),
                                                       databasePath: databasePath(), today: today, language: language,
                                                       sheet: SheetOptions(teacher: teacher, print: print, journalPath: databasePath(),
                                                                           environment: environment))
        case .reportObjectivity(let procedure, let term, let format, let output):
            return try ExternalCommands.objectivity(procedure: procedure, term: term, json: format == .json,
                                                    destination: OutputDestination(path: output, excel: false),
                                                    databasePath: databasePath(), today: today, language: language)
        case .reportDistrict(let files, let term, let format, let output, let minProgress, let minQuality, let minSOU):
            let defaults = DistrictReport.Thresholds()
            let thresholds = DistrictReport.Thresholds(progress: minProgress.map(Ratio.init(hundredths:)) ?? defaults.progress,
                                                       quality: minQuality.map(Ratio.init(hundredths:)) ?? defaults.quality,
                                                       sou: minSOU.map(Ratio.init(hundredths:)) ?? defaults.sou)
            return try DistrictCommand.run(paths: files, term: term, thresholds: thresholds, json: format == .json,
                                           destination: OutputDestination(path: output, excel: false), today: today,
                                           language: language)
        case .yearClose(let repeaters):
            return try YearCloseCommand.run(repeaters: repeaters, databasePath: databasePath())
        case .backup(let file):
            return try MaintenanceCommands.backup(to: file, databasePath: databasePath())
        case .check:
            return try MaintenanceCommands.check(databasePath: databasePath())
        case .bench(let scale, let seed, let json):
            return try BenchCommand.run(scale: scale, seed: seed, databasePath: invocation.databasePath, json: json,
                                        language: language, environment: environment, showProgress: true,
                                        startTerminal: { try PseudoTerminalSink(environment: environment) })
        }
    }

    private func databasePath() throws(CommandFailure) -> String {
        guard let path = JournalLocation.resolve(explicit: invocation.databasePath, environment: environment) else {
            throw CommandFailure.user(.store(.noDefaultLocation, path: ""))
        }
        return path
    }
}
