import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// `zhurnal report summary` and `zhurnal export marks`.
public enum ReportCommands {
    /// A subject's or the whole class's summary for a term or the year.
    ///
    /// The text format is laid out on A4 pages (see ``SummarySheet``), with the averages when
    /// `averages` is set; `sheet` gives the teacher named on it and whether to send it to `lpr`.
    public static func summary(className: String, subject: String?, term: Int?, year: Bool, format: OutputFormat,
                               destination: OutputDestination, databasePath: String, today: LocalDate,
                               language: Language, sheet: SheetOptions = SheetOptions()) throws(CommandFailure) -> CommandOutput {
        try withSummaryBuilder(databasePath, today: today, className: className, subject: subject) { builder, settings, journal in
            let period = try builder.period(term: term, year: year)
            let context = SheetContext(school: settings.schoolName,
                                       teacher: sheet.teacher(on: journal, className: className, subject: subject), date: today)
            if let subject {
                let summary = try builder.subject(className: className, subject: subject, period: period)
                switch format {
                case .text:
                    let document = SummarySheet.subject(summary, context: context, language: language)
                    return try sheet.deliver(document, page: .portrait, destination: destination, language: language)
                case .csv: return try destination.deliver(csv: SummaryCSV.subject(summary))
                case .json: return try destination.deliver(text: SummaryJSON.subject(summary).rendered() + "\n")
                case .html: return try destination.deliver(text: SummaryHTML.subject(summary, context: context, language: language))
                }
            }
            let summary = try builder.classSummary(className: className, period: period)
            switch format {
            case .text:
                let document = SummarySheet.classSummary(summary, context: context, averages: sheet.averages, language: language)
                return try sheet.deliver(document, page: .landscape, destination: destination, language: language)
            case .csv: return try destination.deliver(csv: SummaryCSV.classSummary(summary))
            case .json: return try destination.deliver(text: SummaryJSON.classSummary(summary).rendered() + "\n")
            case .html:
                return try destination.deliver(text: SummaryHTML.classSummary(summary, context: context, averages: sheet.averages,
                                                                              language: language))
            }
        }
    }

    /// The journal page of a class and subject for a term or the year: A4 landscape text (to the
    /// printer with `sheet.print`) or HTML.
    public static func journalPage(className: String, subject: String, term: Int?, year: Bool, html: Bool,
                                   destination: OutputDestination, databasePath: String, today: LocalDate,
                                   language: Language, sheet: SheetOptions) throws(CommandFailure) -> CommandOutput {
        try withSummaryBuilder(databasePath, today: today, className: className, subject: subject) { builder, settings, journal in
            let page = try builder.journalPage(className: className, subject: subject, period: try builder.period(term: term, year: year))
            let context = SheetContext(school: settings.schoolName,
                                       teacher: sheet.teacher(on: journal, className: className, subject: subject), date: today)
            if html { return try destination.deliver(text: JournalHTML.page(page, context: context, language: language)) }
            return try sheet.deliver(JournalSheet.document(page, context: context, language: language), page: .landscape,
                                     destination: destination, language: language)
        }
    }

    /// Runs `body` with a summary builder for `className` (its calendar) on the journal at
    /// `databasePath`, opened read-only;
    /// a builder's refusal becomes its one-line message, any other error the journal's.
    static func withSummaryBuilder(_ databasePath: String, today: LocalDate, className: String, subject: String?,
                                           _ body: (SummaryBuilder, SchoolSettings, Journal) throws -> CommandOutput)
        throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, readOnly: true)
        try PeopleCommands.requireRead(journal, className: className, subject: subject, path: databasePath)
        do {
            let settings = try journal.schoolSettings(today: today)
            return try body(SummaryBuilder(journal: journal, settings: settings, today: today).forClass(className), settings, journal)
        } catch let failure as CommandFailure {
            throw failure
        } catch let failure as SummaryBuilder.Failure {
            throw CommandFailure.user(message(failure))
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }

    /// The journal's entries as a marks file (CSV or JSON); for Excel with the header in `language`
    /// (Russian unless English is asked for with `--lang en`), dates as ДД.ММ.ГГГГ and decimal commas.
    public static func exportMarks(className: String?, subject: String?, json: Bool, destination: OutputDestination,
                                   databasePath: String, today: LocalDate,
                                   language: Language) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, readOnly: true)
        try PeopleCommands.requireRead(journal, className: className, subject: subject, path: databasePath)
        do {
            let settings = try journal.schoolSettings(today: today)
            let rows = try MarksExport.rows(from: journal, kinds: settings.kinds, className: className, subject: subject)
            if json {
                var export = MarksExport.json(rows, school: settings.schoolName)
                if case .object(let fields) = export {
                    export = .object(fields + (try AssessmentExport.fields(from: journal, kinds: settings.kinds,
                                                                           className: className, subject: subject)))
                }
                return try destination.deliver(text: export.rendered() + "\n")
            }
            if destination.excel { return try destination.deliver(csv: MarksExport.excel(rows, russianHeader: language == .ru)) }
            return try destination.deliver(csv: MarksExport.csv(rows))
        } catch let failure as CommandFailure {
            throw failure
        } catch MarksExport.Failure.unknownClass(let name) {
            throw CommandFailure.user(.unknownClass(name))
        } catch MarksExport.Failure.unknownSubject(let name) {
            throw CommandFailure.user(.unknownSubject(name))
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }

    /// `message`, followed by «did you mean» when there is a suggestion.
    static func suggesting(_ message: CommandMessage, _ suggestion: String?) -> CommandMessage {
        suggestion.map { .didYouMean(message, suggestion: $0) } ?? message
    }

    static func message(_ failure: SummaryBuilder.Failure) -> CommandMessage {
        switch failure {
        case .unknownClass(let name, let suggestion): return suggesting(.unknownClass(name), suggestion)
        case .unknownSubject(let name, let suggestion): return suggesting(.unknownSubject(name), suggestion)
        case .noSuchTerm(let number): return .noSuchTerm(number)
        case .noSubjects(let name): return .noSubjects(name)
        }
    }
}
