import ZhurnalCore
import ZhurnalStore

/// Reads a class's journal and builds student cards and the class risk report.
public struct ProgressBuilder {
    public let journal: Journal
    /// The school's settings; in a builder made by `forClass(_:)`, with that class's terms.
    public private(set) var settings: SchoolSettings
    public let today: LocalDate
    /// The school's own terms, which a class of a parallel without terms of its own follows.
    private let schoolTerms: TermCalendar

    public init(journal: Journal, settings: SchoolSettings, today: LocalDate) {
        self.journal = journal
        self.settings = settings
        self.today = today
        schoolTerms = settings.calendar
    }

    /// This builder for one class: term numbers, dates and names by the class's calendar (its
    /// parallel's terms, else the school's — `Journal.termCalendar(forClass:)`). Whatever reads
    /// one class is built on it.
    public func forClass(_ name: String) throws -> ProgressBuilder {
        var scoped = self
        scoped.settings.calendar = try journal.termCalendar(forClass: name, schoolTerms: schoolTerms)
        return scoped
    }

    /// Why a card or report cannot be built.
    public enum Failure: Error, Equatable {
        case summary(SummaryBuilder.Failure)
        /// No such student; `suggestion` is the nearest «Фамилия Имя» of the class, if one is near.
        case unknownStudent(String, className: String, suggestion: String?)
        case ambiguousStudent(String, className: String)
        /// No class of this grade (parallel).
        case noClassesInGrade(Int)
    }

    /// The term a report covers: the one named, else the current one.
    public func term(_ number: Int?) throws(Failure) -> Term {
        let summary = SummaryBuilder(journal: journal, settings: settings, today: today)
        if let number {
            guard let term = settings.calendar.term(number: number) else { throw .summary(.noSuchTerm(number)) }
            return term
        }
        guard let term = summary.currentTerm else { throw .summary(.noSuchTerm(1)) }
        return term
    }

    /// The day a term is looked at from: today within the term, else its nearer end.
    public func asOf(_ term: Term) -> LocalDate {
        min(max(today, term.start), term.end)
    }

    /// The card of a student named "Фамилия Имя [Отчество]", for a term of the class's calendar.
    public func card(className: String, studentName: String, term number: Int?) throws -> StudentCard {
        let schoolClass = try findClass(className)
        let scoped = try forClass(schoolClass.name)
        let student: Student
        switch try journal.findStudent(named: studentName, classID: schoolClass.id) {
        case .found(let found): student = found
        case .ambiguous: throw Failure.ambiguousStudent(studentName, className: schoolClass.name)
        case .notFound:
            let names = try journal.students(classID: schoolClass.id).map { "\($0.lastName) \($0.firstName)" }
            throw Failure.unknownStudent(studentName, className: schoolClass.name,
                                         suggestion: Suggestion.nearest(to: studentName, among: names))
        }
        return try scoped.card(schoolClass: schoolClass, student: student, term: scoped.term(number))
    }

    /// The card of a student of a class for a term; on a builder made by `forClass(_:)` for the class.
    public func card(schoolClass: SchoolClass, student: Student, term: Term) throws -> StudentCard {
        let asOf = asOf(term)
        let grids = try journal.grids(classID: schoolClass.id, dates: yearRange(endingOn: asOf))
        let finals = try journal.finalMarks(studentID: student.id)
        let subjects = try journal.subjects().filter { grids[$0.id] != nil }.map { subject in
            var progress = progress(subject: subject.name, grid: grids[subject.id]!, studentID: student.id, term: term,
                                    asOf: asOf, finals: finals.filter { $0.subjectID == subject.id })
            progress.levels = try journal.marksByLevel(studentID: student.id, kinds: settings.kinds, subjectID: subject.id)
            return progress
        }
        let overall = Trend.compute(subjects.flatMap(\.lessons), asOf: asOf, rules: settings.trend)
        var card = StudentCard(className: schoolClass.name, studentName: "\(student.lastName) \(student.firstName)",
                               term: term, termKind: settings.calendar.kind, asOf: asOf, subjects: subjects, overallTrend: overall)
        if asOf < term.end {
            card.upcomingLessons = try journal.grids(classID: schoolClass.id, dates: asOf.adding(days: 1)...term.end)
                .values.reduce(0) { $0 + $1.columns.count }
        }
        return card
    }

    /// The risk report of a class for a term.
    public func risk(className: String, term number: Int?) throws -> RiskReport {
        let schoolClass = try findClass(className)
        let scoped = try forClass(schoolClass.name)
        let term = try scoped.term(number)
        return try scoped.risk(schoolClass: schoolClass, term: term,
                               grids: journal.grids(classID: schoolClass.id, dates: scoped.riskDates(term)))
    }

    /// The risk report of every class, or of the classes of one grade (`7` for 7А, 7Б…), for a term:
    /// each class's term by its own calendar (`term` numbers it there; a class whose calendar has
    /// no such term is left out). The heading names the grade's term, else the school's.
    public func schoolRisk(grade: Int?, term number: Int?) throws -> SchoolRiskReport {
        let classes = try journal.classes().filter { grade == nil || Self.grade(of: $0.name) == grade }
        if let grade, classes.isEmpty { throw Failure.noClassesInGrade(grade) }
        let heading = try grade == nil ? self : forClass(classes[0].name)
        let term = try heading.term(number)
        let reports = try classes.compactMap { schoolClass -> RiskReport? in
            let scoped = try forClass(schoolClass.name)
            guard let classTerm = try? scoped.term(number) else { return nil }
            return try scoped.risk(schoolClass: schoolClass, term: classTerm,
                                   grids: journal.grids(classID: schoolClass.id, dates: scoped.riskDates(classTerm)))
        }
        return SchoolRiskReport(grade: grade, term: term, termKind: heading.settings.calendar.kind, asOf: heading.asOf(term),
                                classes: reports)
    }

    /// The grade (parallel) of a class name: its leading number, `7` for «7А».
    static func grade(of className: String) -> Int? {
        Int(String(className.prefix { $0.isNumber }))
    }

    /// The days the risk rules read for a term: the term and both trend windows, up to the day
    /// it is looked at from. Earlier marks are fetched only where the recent-marks rule needs them.
    public func riskDates(_ term: Term) -> ClosedRange<LocalDate> {
        let asOf = asOf(term)
        let windows = asOf.adding(days: -(2 * max(settings.trend.windowDays, 1) - 1))
        return max(min(term.start, windows), yearRange(endingOn: asOf).lowerBound)...asOf
    }

    /// The risk report of a class for a term from `grids` read over at least ``riskDates(_:)``; on
    /// a builder made by `forClass(_:)` for the class.
    public func risk(schoolClass: SchoolClass, term: Term, grids: [Int: JournalGrid]) throws -> RiskReport {
        let asOf = asOf(term)
        let read = riskDates(term)
        let students = try journal.students(classID: schoolClass.id)
        var shares: [RiskReport.SubjectShare] = []
        var perStudent: [Int: [RiskReport.SubjectRisk]] = [:]
        let year = yearRange(endingOn: asOf)
        for subject in try journal.subjects(withColumnsInClass: schoolClass.id, dates: year) {
            let grid = grids[subject.id]?.within(read) ?? JournalGrid(columns: [], students: students, entries: [:])
            let weights = weights(grid)
            var atRisk = 0, declining = 0
            for student in grid.students {
                var held = lessons(grid, studentID: student.id, weights: weights)
                let recent = held.reduce(0) { $0 + $1.marks.count }
                if settings.risk.twos != nil, recent < settings.risk.recentMarks, read.lowerBound > year.lowerBound {
                    held = try journal.latestEntries(classID: schoolClass.id, subjectID: subject.id, studentID: student.id,
                                                     dates: year.lowerBound...read.lowerBound.adding(days: -1),
                                                     marks: settings.risk.recentMarks - recent)
                        .reversed().map { lesson($0.column, entry: $0.entry) } + held
                }
                let reasons = RiskAssessment.reasons(held, term: term, asOf: asOf, settings: settings)
                guard !reasons.isEmpty else { continue }
                if RiskAssessment.isAtRisk(reasons) { atRisk += 1 } else { declining += 1 }
                let projection = settings.attestation.recommend(held.filter { term.contains($0.date) && $0.date <= asOf }
                    .compactMap { lesson in lesson.entry.map { ($0, lesson.weight) } })
                perStudent[student.id, default: []].append(RiskReport.SubjectRisk(
                    subject: subject.name, reasons: reasons, average: projection.average, projected: projection.mark))
            }
            shares.append(RiskReport.SubjectShare(subject: subject.name, students: grid.students.count, atRisk: atRisk,
                                                  declining: declining))
        }
        let listed = students.compactMap { student in
            perStudent[student.id].map {
                RiskReport.StudentRisk(studentID: student.id, name: "\(student.lastName) \(student.firstName)",
                                       className: schoolClass.name, subjects: $0)
            }
        }
        let atRisk = listed.compactMap { student -> RiskReport.StudentRisk? in
            var student = student
            student.subjects = RiskRank.ranked(student.subjects.filter { RiskAssessment.isAtRisk($0.reasons) }, by: \.rank)
            return student.subjects.isEmpty ? nil : student
        }
        let declining = listed.compactMap { student -> RiskReport.StudentRisk? in
            guard !atRisk.contains(where: { $0.studentID == student.studentID }) else { return nil }
            return student
        }
        return RiskReport(className: schoolClass.name, term: term, termKind: settings.calendar.kind, asOf: asOf, subjects: shares,
                          students: RiskRank.ranked(atRisk, by: \.rank), declining: declining, classSize: students.count)
    }

    /// The student's lessons in a grid, in date order.
    func lessons(_ grid: JournalGrid, studentID: Int) -> [DatedEntry] {
        lessons(grid, studentID: studentID, weights: weights(grid))
    }

    /// Each column's weight under the settings, in column order.
    private func weights(_ grid: JournalGrid) -> [Weight] {
        grid.columns.map { settings.weight(kindCode: $0.kindCode, override: $0.weight) }
    }

    private func lessons(_ grid: JournalGrid, studentID: Int, weights: [Weight]) -> [DatedEntry] {
        zip(grid.columns, weights).map { column, weight in
            DatedEntry(date: column.date, entry: grid[column: column.id, student: studentID], weight: weight)
        }
    }

    private func lesson(_ column: LessonColumn, entry: Entry) -> DatedEntry {
        DatedEntry(date: column.date, entry: entry, weight: settings.weight(kindCode: column.kindCode, override: column.weight))
    }

    private func progress(subject: String, grid: JournalGrid, studentID: Int, term: Term, asOf: LocalDate,
                          finals: [FinalMarkRecord]) -> SubjectProgress {
        let weights = weights(grid)
        let lessons = lessons(grid, studentID: studentID, weights: weights)
        let inTerm = lessons.filter { term.contains($0.date) }
        let absences = MissedLessons(inTerm)
        let everyone = grid.students.flatMap { self.lessons(grid, studentID: $0.id, weights: weights) }
        return SubjectProgress(
            subject: subject, lessons: lessons, kindCodes: grid.columns.map(\.kindCode),
            classSeries: RunningAverage.series(everyone),
            recommendation: settings.attestation.recommend(inTerm.compactMap { lesson in lesson.entry.map { ($0, lesson.weight) } }),
            finalMarks: Dictionary(finals.map { ($0.term, $0.value) }, uniquingKeysWith: { _, last in last }),
            trend: Trend.compute(lessons, asOf: asOf, rules: settings.trend),
            missed: absences.missed, lessonsHeld: absences.lessons,
            reasons: RiskAssessment.reasons(lessons, term: term, asOf: asOf, settings: settings))
    }

    private func yearRange(endingOn asOf: LocalDate) -> ClosedRange<LocalDate> {
        let start = settings.calendar.yearRange?.lowerBound ?? asOf
        return min(start, asOf)...asOf
    }

    private func findClass(_ name: String) throws -> SchoolClass {
        guard let found = try journal.schoolClass(named: name) else {
            throw Failure.summary(.unknownClass(name, suggestion: try SummaryBuilder.nearestClass(to: name, in: journal)))
        }
        return found
    }
}
