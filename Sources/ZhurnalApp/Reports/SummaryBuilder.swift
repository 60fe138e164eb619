import ZhurnalCore
import ZhurnalStore

/// Reads a class's journal and builds its summaries under the school's settings.
public struct SummaryBuilder {
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
    public func forClass(_ name: String) throws -> SummaryBuilder {
        var scoped = self
        scoped.settings.calendar = try journal.termCalendar(forClass: name, schoolTerms: schoolTerms)
        return scoped
    }

    /// Why a summary cannot be built.
    public enum Failure: Error, Equatable {
        /// No such class; `suggestion` is the nearest class name, if one is near.
        case unknownClass(String, suggestion: String?)
        /// No such subject; `suggestion` is the nearest subject name, if one is near.
        case unknownSubject(String, suggestion: String?)
        case noSuchTerm(Int)
        case noSubjects(String)
    }

    /// The term a report covers when none is named (`TermCalendar.current(on:lessonDates:)`), nil
    /// for a calendar without terms.
    public var currentTerm: Term? {
        guard !settings.calendar.terms.isEmpty else { return nil }
        return settings.calendar.current(on: today, lessonDates: lessonDates)
    }

    /// The dates of every lesson of the school.
    private var lessonDates: [LocalDate] {
        (try? journal.classes().flatMap { try journal.grids(classID: $0.id).values.flatMap { $0.columns.map(\.date) } }) ?? []
    }

    /// The summary of one subject of a class.
    public func subject(className: String, subject: String, period: SummaryPeriod) throws -> SubjectSummary {
        let schoolClass = try findClass(className)
        guard let found = try journal.subjects().first(where: { Self.same($0.name, subject) }) else {
            throw Failure.unknownSubject(subject, suggestion: Suggestion.nearest(to: subject, among: try journal.subjects().map(\.name)))
        }
        let read = try journal.grid(classID: schoolClass.id, subjectID: found.id)
        let grid = dates(of: period).map(read.within) ?? read
        return try summary(schoolClass: schoolClass, subject: found, grid: grid, period: period)
    }

    /// The summary of every subject of a class that has lesson columns.
    public func classSummary(className: String, period: SummaryPeriod) throws -> ClassSummary {
        let schoolClass = try findClass(className)
        return try classSummary(schoolClass: schoolClass, period: period,
                                grids: journal.grids(classID: schoolClass.id, dates: dates(of: period)))
    }

    /// The summary of every subject of a class from `grids` read over at least the period's days
    /// (columns outside them are left out).
    public func classSummary(schoolClass: SchoolClass, period: SummaryPeriod, grids: [Int: JournalGrid]) throws -> ClassSummary {
        let withColumns = Set(try journal.subjects(withColumnsInClass: schoolClass.id).map(\.id))
        let subjects = try journal.subjects().filter { withColumns.contains($0.id) }
        guard !subjects.isEmpty else { throw Failure.noSubjects(schoolClass.name) }
        let dates = dates(of: period)
        let empty = try journal.emptyGrid(classID: schoolClass.id, dates: dates)
        let students = empty.students
        let summaries = try subjects.map { subject in
            let read = grids[subject.id] ?? empty
            let grid = dates.map(read.within) ?? read
            return try summary(schoolClass: schoolClass, subject: subject, grid: grid, period: period)
        }
        return ClassSummary(className: schoolClass.name, period: period, termKind: settings.calendar.kind,
                            students: students.map { Self.student($0) }, subjects: summaries)
    }

    /// The days a period's summary reads: the term's, or every day for the year.
    public func dates(of period: SummaryPeriod) -> ClosedRange<LocalDate>? {
        // A term's summary reads only that term's columns (it counts no others).
        guard period != .year, let term = settings.calendar.term(number: period.storedTerm) else { return nil }
        return term.start...term.end
    }

    /// The period a report option names, checked against the calendar.
    public func period(term number: Int?, year: Bool) throws -> SummaryPeriod {
        if year { return .year }
        if let number {
            guard settings.calendar.term(number: number) != nil else { throw Failure.noSuchTerm(number) }
            return .term(number)
        }
        return .term(currentTerm?.number ?? 1)
    }

    private func summary(schoolClass: SchoolClass, subject: Subject, grid: JournalGrid,
                         period: SummaryPeriod) throws -> SubjectSummary {
        var finals: [TermKey: FinalMark] = [:]
        let terms = period == .year ? [0] + settings.calendar.terms.map(\.number) : [period.storedTerm]
        for term in terms {
            for record in try journal.finalMarks(classID: schoolClass.id, subjectID: subject.id, term: term) {
                guard let value = TermMark.parse(record.value) else { continue }
                finals[TermKey(student: record.studentID, term: term)] =
                    FinalMark(value: value, reason: record.reason.isEmpty ? nil : record.reason)
            }
        }
        var input = SubjectInput(
            className: schoolClass.name, subject: subject.name,
            students: grid.students.map { Self.student($0, enrollment: grid.enrollments[$0.id]) },
            columns: grid.columns.map(column),
            entries: grid.entries, finals: finals, classID: schoolClass.id)
        try addOtherClasses(to: &input, grid: grid, subject: subject, period: period)
        switch period {
        case .term(let number): return SubjectSummary.term(number, input: input, settings: settings, today: today)
        case .year: return SubjectSummary.year(input: input, settings: settings, today: today)
        }
    }

    func findClass(_ name: String) throws -> SchoolClass {
        guard let found = try journal.schoolClass(named: name) else {
            throw Failure.unknownClass(name, suggestion: try Self.nearestClass(to: name, in: journal))
        }
        return found
    }

    /// The class name nearest to a mistyped one, compared as class names (`NameFold.className`).
    static func nearestClass(to name: String, in journal: Journal) throws -> String? {
        Suggestion.nearest(to: name, among: try journal.classes().map(\.name), fold: NameFold.className)
    }

    private static func student(_ student: Student, enrollment: Enrollment? = nil) -> SubjectInput.Student {
        SubjectInput.Student(id: student.id, name: "\(student.lastName) \(student.firstName)", enrollment: enrollment)
    }

    private func column(_ column: LessonColumn) -> SubjectInput.Column {
        SubjectInput.Column(id: column.id, date: column.date, weight: settings.weight(kindCode: column.kindCode, override: column.weight))
    }

    /// A student transferred within the school during the period brings his marks and final
    /// marks of the subject from the other classes' journals (docs/rules.md §7: after a transfer
    /// his average uses both classes' marks of the term).
    private func addOtherClasses(to input: inout SubjectInput, grid: JournalGrid, subject: Subject, period: SummaryPeriod) throws {
        guard let days = dates(of: period) ?? settings.calendar.yearRange else { return }
        for student in grid.students {
            guard let enrollment = grid.enrollments[student.id] else { continue }
            for other in enrollment.otherClasses(than: input.classID, during: days) {
                let theirs = try journal.grid(classID: other, subjectID: subject.id, dates: days)
                for column in theirs.columns where enrollment.isEnrolled(in: other, on: column.date) {
                    guard let entry = theirs[column: column.id, student: student.id] else { continue }
                    input.columns.append(self.column(column))
                    input.entries[CellKey(columnID: column.id, studentID: student.id)] = entry
                }
                for term in [period.storedTerm] + (period == .year ? settings.calendar.terms.map(\.number) : []) {
                    for record in try journal.finalMarks(classID: other, subjectID: subject.id, term: term)
                    where record.studentID == student.id {
                        let key = TermKey(student: student.id, term: term)
                        guard input.finals[key] == nil, let value = TermMark.parse(record.value) else { continue }
                        input.finals[key] = FinalMark(value: value, reason: record.reason.isEmpty ? nil : record.reason)
                    }
                }
            }
        }
    }

    /// Names compare without case, `ё`/`е` and extra spaces (`NameFold.same`).
    static func same(_ a: String, _ b: String) -> Bool {
        NameFold.same(a, b)
    }
}
