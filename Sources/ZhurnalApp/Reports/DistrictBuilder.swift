import Foundation
import ZhurnalCore
import ZhurnalStore

/// Builds the district roll-up from journals opened read-only.
public struct DistrictBuilder: Sendable {
    public let thresholds: DistrictReport.Thresholds
    public let today: LocalDate

    public init(thresholds: DistrictReport.Thresholds, today: LocalDate) {
        self.thresholds = thresholds
        self.today = today
    }

    /// One school's line from its journal, for `term` or the school's current term. The line is
    /// named by the school's calendar; each class counts its own term of that number (its current
    /// one when none is named), by its calendar — a class without such a term is left out.
    ///
    /// `helpers` are further connections to the same file, in the same snapshot as `journal`
    /// (`Journal.snapshot(across:_:)`): the classes are then shared out between them on threads of
    /// their own and added up in the order of the classes, so the line is the same as with none.
    public func school(_ journal: Journal, path: String, term: Int?, helpers: [Journal] = []) throws -> DistrictReport.School {
        let settings = try journal.schoolSettings(today: today)
        let number = try SummaryBuilder(journal: journal, settings: settings, today: today).period(term: term, year: false).storedTerm
        let classes = try journal.classes()
        let shares = try classShares(classes, readers: [journal] + helpers, settings: settings, term: term)
        var statistics: [String: [ClassStatistics]] = [:]
        var risk: [String: (students: Int, atRisk: Int)] = [:]
        var order: [String] = []
        for share in shares.compactMap({ $0 }) {
            for (subject, line) in share.statistics {
                if statistics[subject] == nil { order.append(subject) }
                statistics[subject, default: []].append(line)
            }
            for line in share.risk {
                let sum = risk[line.subject] ?? (0, 0)
                risk[line.subject] = (sum.students + line.students, sum.atRisk + line.atRisk)
            }
        }
        let subjects = order.map { name in
            DistrictReport.SubjectLine(subject: name, statistics: ClassStatistics.total(statistics[name]!),
                                       students: risk[name]?.students ?? 0, atRisk: risk[name]?.atRisk ?? 0)
        }
        let whole = ClassStatistics.total(subjects.map(\.statistics))
        let objectivity = ObjectivityBuilder(journal: journal, settings: settings)
        let procedures = try journal.externalProcedures().map { try objectivity.report(procedure: $0, term: nil) }
        return DistrictReport.School(name: settings.schoolName.isEmpty ? path : settings.schoolName, path: path, term: number,
                                     termKind: settings.calendar.kind,
                                     subjects: subjects, statistics: whole, procedures: procedures,
                                     below: thresholds.below(whole).map(DistrictLabel.init))
    }

    /// One class's part of its school's line: each subject's statistics and risk counts.
    struct ClassShare {
        var statistics: [(subject: String, statistics: ClassStatistics)]
        var risk: [(subject: String, students: Int, atRisk: Int)]
    }

    /// Each class's share in the order of `classes` (nil for a class without the term or a
    /// summary), the classes handed out one at a time to `readers`, one thread each.
    private func classShares(_ classes: [SchoolClass], readers: [Journal], settings: SchoolSettings,
                             term: Int?) throws -> [ClassShare?] {
        guard readers.count > 1, classes.count > 1 else {
            return try classes.map { try share(of: $0, journal: readers[0], settings: settings, term: term) }
        }
        let results = OrderedWork<ClassShare?, any Error>(count: classes.count)
        // Thread `worker` alone uses `readers[worker]`.
        nonisolated(unsafe) let readers = readers
        DispatchQueue.concurrentPerform(iterations: min(readers.count, classes.count)) { worker in
            while let index = results.claim() {
                results.set(index, Result { try share(of: classes[index], journal: readers[worker], settings: settings, term: term) })
            }
        }
        return try classes.indices.map { try results.get($0)?.get() ?? nil }
    }

    /// One class's statistics and risk for its term, read in one go for both.
    private func share(of schoolClass: SchoolClass, journal: Journal, settings: SchoolSettings, term: Int?) throws -> ClassShare? {
        let summaries = try SummaryBuilder(journal: journal, settings: settings, today: today).forClass(schoolClass.name)
        let progress = try ProgressBuilder(journal: journal, settings: settings, today: today).forClass(schoolClass.name)
        guard let classTerm = try? progress.term(term) else { return nil }
        // One read per class serves both the summaries (the term) and risk (the term and the trend windows).
        let risky = progress.riskDates(classTerm)
        let grids = try journal.grids(classID: schoolClass.id,
                                      dates: min(classTerm.start, risky.lowerBound)...max(classTerm.end, risky.upperBound))
        guard let summary = try? summaries.classSummary(schoolClass: schoolClass, period: .term(classTerm.number), grids: grids) else {
            return nil
        }
        return ClassShare(statistics: summary.subjects.map { ($0.subject, $0.statistics) },
                          risk: try progress.risk(schoolClass: schoolClass, term: classTerm, grids: grids).subjects
                              .map { ($0.subject, $0.students, $0.atRisk) })
    }
}
