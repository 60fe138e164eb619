import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// `zhurnal report student` and `zhurnal report risk`.
public enum ProgressCommands {
    /// A student's card for a term (the current one when nil), as text or JSON.
    public static func student(className: String, student: String, term: Int?, json: Bool, destination: OutputDestination,
                               databasePath: String, today: LocalDate, language: Language) throws(CommandFailure) -> CommandOutput {
        try run(databasePath: databasePath, today: today) { builder in
            let card = try builder.card(className: className, studentName: student, term: term)
            if json {
                let value = try AssessmentCommands.studentJSON(card: ProgressJSON.card(card, kinds: builder.settings.kinds),
                                                               className: card.className, student: student, builder: builder)
                return try destination.deliver(text: value.rendered() + "\n")
            }
            return try destination.deliver(text: ProgressText.card(card, kinds: builder.settings.kinds, language: language)
                + AssessmentCommands.studentText(className: card.className, student: student, builder: builder, language: language))
        }
    }

    /// The risk report for a term (the current one when nil), as text or JSON: of a class, else
    /// of the classes of a grade, else of the whole school (ranked across the classes).
    public static func risk(className: String?, grade: Int? = nil, term: Int?, json: Bool, destination: OutputDestination,
                            databasePath: String, today: LocalDate, language: Language) throws(CommandFailure) -> CommandOutput {
        try run(databasePath: databasePath, today: today) { builder in
            guard let className else {
                let report = try builder.schoolRisk(grade: grade, term: term)
                if json { return try destination.deliver(text: ProgressJSON.schoolRisk(report).rendered() + "\n") }
                return try destination.deliver(text: ProgressText.schoolRisk(report, language: language))
            }
            let report = try builder.risk(className: className, term: term)
            if json { return try destination.deliver(text: ProgressJSON.risk(report).rendered() + "\n") }
            return try destination.deliver(text: ProgressText.risk(report, language: language))
        }
    }

    private static func run(databasePath: String, today: LocalDate,
                            _ body: (ProgressBuilder) throws -> CommandOutput) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, readOnly: true)
        do {
            return try body(ProgressBuilder(journal: journal, settings: try journal.schoolSettings(today: today), today: today))
        } catch let failure as CommandFailure {
            throw failure
        } catch let failure as ProgressBuilder.Failure {
            switch failure {
            case .summary(let summary): throw CommandFailure.user(ReportCommands.message(summary))
            case .unknownStudent(let name, let className, let suggestion):
                throw CommandFailure.user(ReportCommands.suggesting(.unknownStudent(name, className: className), suggestion))
            case .ambiguousStudent(let name, let className): throw CommandFailure.user(.ambiguousStudent(name, className: className))
            case .noClassesInGrade(let grade): throw CommandFailure.user(.noClassesInGrade(grade))
            }
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }
}
