import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// `zhurnal student arrive|leave|transfer|rename` and `zhurnal import movements`.
public enum MovementCommands {
    /// One `zhurnal student …` command line.
    public struct Request: Equatable, Sendable {
        public var kind: MovementKind
        public var className: String
        /// «Фамилия Имя [Отчество]».
        public var student: String
        public var date: LocalDate
        /// The receiving class of a transfer, the new «Фамилия Имя [Отчество]» of a rename.
        public var to: String
        public var reason: String
        public var order: String

        public init(kind: MovementKind, className: String, student: String, date: LocalDate, to: String = "",
                    reason: String = "", order: String = "") {
            self.kind = kind
            self.className = className
            self.student = student
            self.date = date
            self.to = to
            self.reason = reason
            self.order = order
        }
    }

    /// Records one movement (`Journal.recordMovement`, a rename by `Journal.rename`). An arrival
    /// of a name not on the class's list adds the student; an unknown class or student, or an
    /// ambiguous name, is refused with nothing written.
    public static func run(_ request: Request, databasePath: String, today: LocalDate) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, mustExist: true, today: today)
        do {
            let name: String
            if request.kind == .rename {
                name = try rename(request, in: journal)
            } else {
                name = try journal.recordMovement(MovementRow(className: request.className, student: request.student, kind: request.kind,
                                                              date: request.date, toClass: request.to, reason: request.reason,
                                                              order: request.order)).fullName
            }
            let className = try journal.schoolClass(named: request.className)?.name ?? request.className
            let to = request.kind == .transfer ? try journal.schoolClass(named: request.to)?.name ?? request.to : request.to
            return CommandOutput(notes: [.movement(.recorded(request.kind, student: name, className: className,
                                                             date: request.date, to: to))])
        } catch let failure as CommandFailure {
            throw failure
        } catch ImportProblem.unknownClass(let name) {
            let nearest = try? SummaryBuilder.nearestClass(to: name, in: journal)
            throw CommandFailure.user(ReportCommands.suggesting(.unknownClass(name), nearest ?? nil))
        } catch ImportProblem.unknownStudent(let name, let className) {
            let nearest = Suggestion.nearest(to: name, among: (try? names(inClass: className, journal: journal)) ?? [])
            throw CommandFailure.user(ReportCommands.suggesting(.unknownStudent(name, className: className), nearest))
        } catch ImportProblem.controlCharacter(_, let scalar) {
            throw CommandFailure.user(.movement(.controlCharacter(scalar)))
        } catch ImportProblem.ambiguousStudent(let name, let className) {
            throw CommandFailure.user(.ambiguousStudent(name, className: className))
        } catch let error as StoreError where error.isPolicyRefusal {
            throw CommandFailure.user(.movement(.refused(error)))
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }

    /// Imports a movements file (all or nothing).
    public static func importMovements(file: String, databasePath: String, today: LocalDate) throws(CommandFailure) -> CommandOutput {
        let bytes = try ImportCommands.read(file)
        let journal = try JournalOpener.open(databasePath, mustExist: true, today: today)
        do {
            return CommandOutput(notes: [.movement(.imported(try journal.importMovements(bytes)))])
        } catch {
            throw ImportCommands.failure(error, databasePath: databasePath)
        }
    }

    /// Renames a student found in the class; the new name needs a last and a first name.
    /// - Returns: the student's name before.
    private static func rename(_ request: Request, in journal: Journal) throws -> String {
        let student = try journal.student(named: request.student, inClass: request.className)
        guard let name = FullName(request.to) else { throw CommandFailure.user(.movement(.needsFullName(request.to))) }
        if let scalar = ControlCharacters.first(in: request.to) { throw CommandFailure.user(.movement(.controlCharacter(scalar.value))) }
        try journal.rename(studentID: student.id, lastName: name.lastName, firstName: name.firstName, middleName: name.middleName,
                           date: request.date, order: request.order)
        return student.fullName
    }

    /// The names of a class's students, «Фамилия Имя», for a «did you mean».
    private static func names(inClass className: String, journal: Journal) throws -> [String] {
        guard let schoolClass = try journal.schoolClass(named: className) else { return [] }
        return try journal.students(classID: schoolClass.id).map { "\($0.lastName) \($0.firstName)" }
    }
}

extension MovementCommands {
    /// The school's movement of students for a term (the current one when nil): text, CSV, JSON
    /// or HTML.
    /// Needs the right to read every class (завуч, администратор).
    public static func report(term: Int?, format: OutputFormat, destination: OutputDestination,
                              databasePath: String, today: LocalDate, language: Language) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, readOnly: true)
        try PeopleCommands.requireRead(journal, className: nil, subject: nil, path: databasePath)
        do {
            let settings = try journal.schoolSettings(today: today)
            let report = try SummaryBuilder(journal: journal, settings: settings, today: today).movements(term: term)
            switch format {
            case .csv: return try destination.deliver(csv: MovementCSV.report(report))
            case .json: return try destination.deliver(text: MovementJSON.report(report).rendered() + "\n")
            case .text: return try destination.deliver(text: MovementText.report(report, language: language))
            case .html:
                let context = SheetContext(school: settings.schoolName, teacher: "", date: today)
                return try destination.deliver(text: MovementHTML.page(report, context: context, language: language))
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch let failure as SummaryBuilder.Failure {
            throw CommandFailure.user(ReportCommands.message(failure))
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }
}
