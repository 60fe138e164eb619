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
    public func school(_ journal: Journal, path: String, term: Int?) throws -> DistrictReport.School {
        let settings = try journal.schoolSettings(today: today)
        let schoolSummaries = SummaryBuilder(journal: journal, settings: settings, today: today)
        let number = try schoolSummaries.period(term: term, year: false).storedTerm
        let schoolProgress = ProgressBuilder(journal: journal, settings: settings, today: today)
        var statistics: [String: [ClassStatistics]] = [:]
        var risk: [String: (students: Int, atRisk: Int)] = [:]
        var order: [String] = []
        for schoolClass in try journal.classes() {
            let summaries = try schoolSummaries.forClass(schoolClass.name), progress = try schoolProgress.forClass(schoolClass.name)
            guard let classTerm = try? progress.term(term) else { continue }
            // One read per class serves both the summaries (the term) and risk (the term and the trend windows).
            let risky = progress.riskDates(classTerm)
            let grids = try journal.grids(classID: schoolClass.id,
                                          dates: min(classTerm.start, risky.lowerBound)...max(classTerm.end, risky.upperBound))
            guard let summary = try? summaries.classSummary(schoolClass: schoolClass, period: .term(classTerm.number), grids: grids) else {
                continue
            }
            for subject in summary.subjects {
                if statistics[subject.subject] == nil { order.append(subject.subject) }
                statistics[subject.subject, default: []].append(subject.statistics)
            }
            for share in try progress.risk(schoolClass: schoolClass, term: classTerm, grids: grids).subjects {
                let sum = risk[share.subject] ?? (0, 0)
                risk[share.subject] = (sum.students + share.students, sum.atRisk + share.atRisk)
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
}
