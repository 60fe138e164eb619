import ZhurnalCore
import ZhurnalStore

/// Reads a procedure's results and the journal's term marks and builds the objectivity report.
public struct ObjectivityBuilder {
    public let journal: Journal
    public let settings: SchoolSettings

    public init(journal: Journal, settings: SchoolSettings) {
        self.journal = journal
        self.settings = settings
    }

    /// Why the report cannot be built.
    public enum Failure: Error, Equatable {
        case unknownProcedure(String)
        case noSuchTerm(Int)
        case dateOutsideCalendar(String)
    }

    /// The report of a procedure (its name compared without case and `ё`), against `term` or, by
    /// default, the term containing each result's date — terms of each class's calendar.
    public func report(procedure name: String, term: Int?) throws -> ObjectivityReport {
        guard let procedure = try journal.externalProcedures().first(where: { SummaryBuilder.same($0, name) }) else {
            throw Failure.unknownProcedure(name)
        }
        let results = try journal.externalResults(procedure: procedure)
        let classes = Dictionary(uniqueKeysWithValues: try journal.classes().map { ($0.id, $0.name) })
        let subjects = Dictionary(uniqueKeysWithValues: try journal.subjects().map { ($0.id, $0.name) })
        let summaries = SummaryBuilder(journal: journal, settings: settings, today: results.first?.date ?? LocalDate(dayNumber: 0))
        var groups: [ObjectivityReport.Group] = []
        var keys: [String] = []
        var byKey: [String: [ExternalResult]] = [:]
        for result in results {
            let key = "\(result.classID) \(result.subjectID)"
            if byKey[key] == nil { keys.append(key) }
            byKey[key, default: []].append(result)
        }
        for key in keys {
            let members = byKey[key]!
            let first = members[0]
            let className = classes[first.classID] ?? "", subject = subjects[first.subjectID] ?? ""
            let classSummaries = try summaries.forClass(className)
            let calendar = classSummaries.settings.calendar
            if let term, calendar.term(number: term) == nil { throw Failure.noSuchTerm(term) }
            guard let number = term ?? calendar.term(containing: first.date)?.number else {
                throw Failure.dateOutsideCalendar(first.date.russian)
            }
            let summary = try classSummaries.subject(className: className, subject: subject, period: .term(number))
            let rows = Dictionary(uniqueKeysWithValues: summary.rows.map { ($0.studentID, $0) })
            let participants = members.map { result in
                let row = rows[result.studentID]
                return ObjectivityReport.Participant(name: row?.name ?? "", score: result.score, externalMark: result.mark,
                                                     journalMark: row?.effective, average: row?.average)
            }
            groups.append(ObjectivityReport.Group(className: className, subject: subject, term: number, termKind: calendar.kind,
                                                  participants: participants,
                                                  figures: figures(participants)))
        }
        return ObjectivityReport(procedure: procedure, groups: groups,
                                 highlightPercent: settings.objectivity.highlightPercent)
    }

    private func figures(_ participants: [ObjectivityReport.Participant]) -> ObjectivityReport.Figures {
        ObjectivityReport.Figures(participants, highlightPercent: settings.objectivity.highlightPercent)
    }
}
