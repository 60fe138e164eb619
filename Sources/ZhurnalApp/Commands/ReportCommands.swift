import ZhurnalCore
import ZhurnalStore

/// `zhurnal report summary` and `zhurnal export marks`.
public enum ReportCommands {
    /// The format a report is asked for.
    public enum Format: String, Sendable {
        case text, csv, json
    }

    /// A subject's or the whole class's summary for a term or the year.
    public static func summary(className: String, subject: String?, term: Int?, year: Bool, format: Format,
                               destination: OutputDestination, databasePath: String, today: LocalDate,
                               language: Language) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, readOnly: true)
        do {
            let builder = SummaryBuilder(journal: journal, settings: try journal.schoolSettings(today: today), today: today)
            let period = try builder.period(term: term, year: year)
            if let subject {
                let summary = try builder.subject(className: className, subject: subject, period: period)
                switch format {
                case .text: return try destination.deliver(text: SummaryText.subject(summary, language: language))
                case .csv: return try destination.deliver(csv: SummaryCSV.subject(summary))
                case .json: return try destination.deliver(text: SummaryJSON.subject(summary).rendered() + "\n")
                }
            }
            let summary = try builder.classSummary(className: className, period: period)
            switch format {
            case .text: return try destination.deliver(text: SummaryText.classSummary(summary, language: language))
            case .csv: return try destination.deliver(csv: SummaryCSV.classSummary(summary))
            case .json: return try destination.deliver(text: SummaryJSON.classSummary(summary).rendered() + "\n")
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch let failure as SummaryBuilder.Failure {
            throw CommandFailure.user(message(failure))
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }

    /// The journal's entries as a marks file (CSV or JSON).
    public static func exportMarks(className: String?, subject: String?, json: Bool, destination: OutputDestination,
                                   databasePath: String, today: LocalDate) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, readOnly: true)
        do {
            let settings = try journal.schoolSettings(today: today)
            let rows = try MarksExport.rows(from: journal, kinds: settings.kinds, className: className, subject: subject)
            if json {
                return try destination.deliver(text: MarksExport.json(rows, school: settings.schoolName).rendered() + "\n")
            }
            return try destination.deliver(csv: MarksExport.csv(rows))
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }

    static func message(_ failure: SummaryBuilder.Failure) -> CommandMessage {
        switch failure {
        case .unknownClass(let name): return .unknownClass(name)
        case .unknownSubject(let name): return .unknownSubject(name)
        case .noSuchTerm(let number): return .noSuchTerm(number)
        case .noSubjects(let name): return .noSubjects(name)
        }
    }
}
