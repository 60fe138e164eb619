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

    /// Records one movement. An arrival of a name not on the class's list adds the student; an
    /// unknown class or student, or an ambiguous name, is refused with nothing written.
    public static func run(_ request: Request, databasePath: String, today: LocalDate) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, mustExist: true, today: today)
        do {
            let schoolClass = try findClass(request.className, in: journal)
            let lookup = try journal.findStudent(named: request.student, classID: schoolClass.id)
            var name = request.student, to = request.to
            if request.kind == .arrive, lookup == .notFound {
                let words = try fullName(request.student)
                let student = try journal.arrive(classID: schoolClass.id, lastName: words.last, firstName: words.first,
                                                 middleName: words.middle, date: request.date, order: request.order)
                name = student.fullName
            } else {
                let student = try found(lookup, request.student, in: schoolClass, journal: journal)
                name = student.fullName
                switch request.kind {
                case .arrive: try journal.arrive(studentID: student.id, date: request.date, order: request.order)
                case .leave: try journal.leave(studentID: student.id, date: request.date, reason: request.reason, order: request.order)
                case .transfer:
                    let target = try findClass(request.to, in: journal)
                    to = target.name
                    try journal.transfer(studentID: student.id, toClassID: target.id, date: request.date, order: request.order)
                case .rename:
                    let words = try fullName(request.to)
                    try journal.rename(studentID: student.id, lastName: words.last, firstName: words.first,
                                       middleName: words.middle, date: request.date, order: request.order)
                }
            }
            return CommandOutput(notes: [.movement(.recorded(request.kind, student: name, className: schoolClass.name,
                                                             date: request.date, to: to))])
        } catch let failure as CommandFailure {
            throw failure
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

    private static func findClass(_ name: String, in journal: Journal) throws -> SchoolClass {
        if let found = try journal.schoolClass(named: name) { return found }
        throw CommandFailure.user(ReportCommands.suggesting(.unknownClass(name), try SummaryBuilder.nearestClass(to: name, in: journal)))
    }

    private static func found(_ lookup: StudentLookup, _ name: String, in schoolClass: SchoolClass,
                              journal: Journal) throws -> Student {
        switch lookup {
        case .found(let student): return student
        case .ambiguous: throw CommandFailure.user(.ambiguousStudent(name, className: schoolClass.name))
        case .notFound:
            let names = try journal.students(classID: schoolClass.id).map { "\($0.lastName) \($0.firstName)" }
            throw CommandFailure.user(ReportCommands.suggesting(.unknownStudent(name, className: schoolClass.name),
                                                                Suggestion.nearest(to: name, among: names)))
        }
    }

    /// «Фамилия Имя [Отчество…]» split into its parts: at least two words.
    private static func fullName(_ text: String) throws -> (last: String, first: String, middle: String) {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2 else { throw CommandFailure.user(.movement(.needsFullName(text))) }
        return (words[0], words[1], words.dropFirst(2).joined(separator: " "))
    }
}

extension MovementCommands {
    /// The school's movement of students for a term (the current one when nil): text, CSV or JSON.
    /// Needs the right to read every class (завуч, администратор).
    public static func report(term: Int?, format: ReportCommands.Format, destination: OutputDestination,
                              databasePath: String, today: LocalDate, language: Language) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, readOnly: true)
        try PeopleCommands.requireRead(journal, className: nil, subject: nil, path: databasePath)
        do {
            let report = try SummaryBuilder(journal: journal, settings: try journal.schoolSettings(today: today), today: today)
                .movements(term: term)
            switch format {
            case .csv: return try destination.deliver(csv: MovementCSV.report(report))
            case .json: return try destination.deliver(text: MovementJSON.report(report).rendered() + "\n")
            case .text, .html: return try destination.deliver(text: MovementText.report(report, language: language))
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
