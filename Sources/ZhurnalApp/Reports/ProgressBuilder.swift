import ZhurnalCore
import ZhurnalStore

/// Reads a class's journal and builds student cards and the class risk report.
public struct ProgressBuilder {
    public let journal: Journal
    public let settings: SchoolSettings
    public let today: LocalDate

    public init(journal: Journal, settings: SchoolSettings, today: LocalDate) {
        self.journal = journal
        self.settings = settings
        self.today = today
    }

    /// Why a card or report cannot be built.
    public enum Failure: Error, Equatable {
        case summary(SummaryBuilder.Failure)
        case unknownStudent(String, className: String)
        case ambiguousStudent(String, className: String)
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

    /// The card of a student named "Фамилия Имя [Отчество]".
    public func card(className: String, studentName: String, term number: Int?) throws -> StudentCard {
        let schoolClass = try findClass(className)
        let student: Student
        switch try journal.findStudent(named: studentName, classID: schoolClass.id) {
        case .found(let found): student = found
        case .ambiguous: throw Failure.ambiguousStudent(studentName, className: schoolClass.name)
        case .notFound: throw Failure.unknownStudent(studentName, className: schoolClass.name)
        }
        return try card(schoolClass: schoolClass, student: student, term: term(number))
    }

    /// The card of a student of a class for a term.
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
        return StudentCard(className: schoolClass.name, studentName: "\(student.lastName) \(student.firstName)",
                           term: term, asOf: asOf, subjects: subjects, overallTrend: overall)
    }

    /// The risk report of a class for a term.
    public func risk(className: String, term number: Int?) throws -> RiskReport {
        let schoolClass = try findClass(className)
        let term = try term(number)
        let asOf = asOf(term)
        let grids = try journal.grids(classID: schoolClass.id, dates: yearRange(endingOn: asOf))
        let students = try journal.students(classID: schoolClass.id)
        var shares: [RiskReport.SubjectShare] = []
        var perStudent: [Int: [(subject: String, reasons: [RiskReason])]] = [:]
        for subject in try journal.subjects() {
            guard let grid = grids[subject.id] else { continue }
            var atRisk = 0
            for student in grid.students {
                let reasons = RiskAssessment.reasons(lessons(grid, studentID: student.id), term: term, asOf: asOf,
                                                     settings: settings)
                guard !reasons.isEmpty else { continue }
                atRisk += 1
                perStudent[student.id, default: []].append((subject.name, reasons))
            }
            shares.append(RiskReport.SubjectShare(subject: subject.name, students: grid.students.count, atRisk: atRisk))
        }
        let atRisk = students.compactMap { student in
            perStudent[student.id].map {
                RiskReport.StudentRisk(studentID: student.id, name: "\(student.lastName) \(student.firstName)", subjects: $0)
            }
        }
        return RiskReport(className: schoolClass.name, term: term, asOf: asOf, subjects: shares, students: atRisk,
                          classSize: students.count)
    }

    /// The student's lessons in a grid, in date order.
    func lessons(_ grid: JournalGrid, studentID: Int) -> [DatedEntry] {
        grid.columns.map { column in
            DatedEntry(date: column.date, entry: grid[column: column.id, student: studentID],
                       weight: settings.weight(kindCode: column.kindCode, override: column.weight))
        }
    }

    private func progress(subject: String, grid: JournalGrid, studentID: Int, term: Term, asOf: LocalDate,
                          finals: [FinalMarkRecord]) -> SubjectProgress {
        let lessons = lessons(grid, studentID: studentID)
        let inTerm = lessons.filter { term.contains($0.date) }
        let everyone = grid.students.flatMap { self.lessons(grid, studentID: $0.id) }
        return SubjectProgress(
            subject: subject, lessons: lessons, kindCodes: grid.columns.map(\.kindCode),
            classSeries: RunningAverage.series(everyone),
            recommendation: settings.attestation.recommend(inTerm.compactMap { lesson in lesson.entry.map { ($0, lesson.weight) } }),
            finalMarks: Dictionary(finals.map { ($0.term, $0.value) }, uniquingKeysWith: { _, last in last }),
            trend: Trend.compute(lessons, asOf: asOf, rules: settings.trend),
            missed: inTerm.filter(\.isMissed).count, lessonsHeld: inTerm.filter { $0.entry != .exempt }.count,
            reasons: RiskAssessment.reasons(lessons, term: term, asOf: asOf, settings: settings))
    }

    private func yearRange(endingOn asOf: LocalDate) -> ClosedRange<LocalDate> {
        let start = settings.calendar.yearRange?.lowerBound ?? asOf
        return min(start, asOf)...asOf
    }

    private func findClass(_ name: String) throws -> SchoolClass {
        guard let found = try journal.classes().first(where: { SummaryBuilder.same($0.name, name) }) else {
            throw Failure.summary(.unknownClass(name))
        }
        return found
    }
}
