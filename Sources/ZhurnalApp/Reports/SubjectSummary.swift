import ZhurnalCore
import ZhurnalStore

/// One subject's results in one class for a term or the year: per student the average, the number
/// of marks, the recommended and the teacher's final mark; and the class statistics of the marks
/// that count (the teacher's final mark where set, else the recommendation).
public struct SubjectSummary: Sendable {
    /// One student's line.
    public struct Row: Sendable {
        public var studentID: Int
        public var name: String
        public var average: Ratio?
        public var markCount: Int
        /// The mark the rules recommend (for the year: from the term marks).
        public var recommended: TermMark?
        /// The teacher's final mark, when set.
        public var final: FinalMark?
        /// The term is running and the student has too few marks so far: «мало отметок», not
        /// yet attested (the recommendation `н/а` does not count).
        public var tooFewMarks = false
        /// In the class on the period's last day: counted in the statistics (a student who left
        /// or was transferred before it is shown, not counted).
        public var enrolled = true

        /// The mark that counts: the teacher's final mark, else the recommendation; none while
        /// the student has too few marks so far.
        public var effective: TermMark? { final?.value ?? (tooFewMarks ? nil : recommended) }
    }

    public var className: String
    public var subject: String
    public var period: SummaryPeriod
    /// What the calendar calls its terms, to name the period.
    public var termKind: TermKind
    public var rows: [Row]
    public var statistics: ClassStatistics
    /// Made before the period's end: an interim (промежуточная) summary.
    public var interim = false

    /// Builds a term summary from a subject's lesson columns, entries and final marks; made on
    /// `today` before the term's end it is interim, and a student short of marks is «мало отметок».
    public static func term(_ number: Int, input: SubjectInput, settings: SchoolSettings, today: LocalDate? = nil) -> SubjectSummary {
        let term = settings.calendar.term(number: number)
        let running = today.flatMap { today in term.map { today < $0.end } } ?? false
        let columns = input.columns.filter { column in term.map { $0.start <= column.date && column.date <= $0.end } ?? false }
        let rows = input.students.map { student in
            let marks = columns.compactMap { column in
                student.isEnrolled(on: column.date) ? input.entries[CellKey(columnID: column.id, studentID: student.id)]
                    .map { (entry: $0, weight: column.weight) } : nil
            }
            let recommendation = settings.attestation.recommend(marks)
            let final = input.finals[TermKey(student: student.id, term: number)]
            return (Row(studentID: student.id, name: student.name, average: recommendation.average,
                        markCount: recommendation.markCount, recommended: recommendation.mark, final: final,
                        tooFewMarks: final == nil && settings.attestation.isTooFewMarksSoFar(recommendation, termRunning: running),
                        enrolled: term.map { student.isEnrolled(in: input.classID, on: $0.end) } ?? true),
                    recommendation)
        }
        let counted = rows.filter(\.0.enrolled)
        return SubjectSummary(className: input.className, subject: input.subject, period: .term(number), termKind: settings.calendar.kind, rows: rows.map(\.0),
                              statistics: ClassStatistics(finals: counted.map { $0.0.final?.value }, recommendations: counted.map(\.1),
                                                          rules: settings.attestation, termRunning: running),
                              interim: running)
    }

    /// Builds the year summary: the year mark recommended from each counting term's mark — a term
    /// counts for a student when it has lessons or he has a final mark for it (`YearMark.counts`).
    /// Made on `today` before the year's end it is interim.
    public static func year(input: SubjectInput, settings: SchoolSettings, today: LocalDate? = nil) -> SubjectSummary {
        let withLessons = Set(settings.calendar.terms
            .filter { term in input.columns.contains { term.start <= $0.date && $0.date <= term.end } }.map(\.number))
        let termSummaries = Dictionary(uniqueKeysWithValues: withLessons.map {
            ($0, Self.term($0, input: input, settings: settings, today: today))
        })
        let range = settings.calendar.terms.first.map { first in (first.start, settings.calendar.terms.last!.end) }
        let rows = input.students.enumerated().map { index, student in
            let marks = input.columns.filter { column in
                student.isEnrolled(on: column.date) && (range.map { $0.0 <= column.date && column.date <= $0.1 } ?? false)
            }
                .compactMap { column in
                    input.entries[CellKey(columnID: column.id, studentID: student.id)].map { (entry: $0, weight: column.weight) }
                }
            let average = WeightedAverage.of(marks)
            let count = marks.reduce(0) { $0 + $1.entry.numericMarks.count }
            let termMarks = settings.calendar.terms.compactMap { term -> TermMark? in
                let final = input.finals[TermKey(student: student.id, term: term.number)]?.value
                guard YearMark.counts(termHasLessons: withLessons.contains(term.number), hasFinalMark: final != nil,
                                      enrolled: student.wasEnrolled(during: term.start...term.end)) else { return nil }
                return termSummaries[term.number]?.rows[index].effective ?? final
            }
            let recommended: TermMark?
            switch YearMark.compute(terms: termMarks, thresholds: settings.yearThresholds) {
            case .mark(let mark): recommended = .mark(mark)
            case .exempt: recommended = .exempt
            case .teacherDecides, .none: recommended = nil
            }
            return Row(studentID: student.id, name: student.name, average: average, markCount: count,
                       recommended: recommended, final: input.finals[TermKey(student: student.id, term: 0)],
                       enrolled: settings.calendar.terms.last.map { student.isEnrolled(in: input.classID, on: $0.end) } ?? true)
        }
        return SubjectSummary(className: input.className, subject: input.subject, period: .year, termKind: settings.calendar.kind, rows: rows,
                              statistics: ClassStatistics(termMarks: rows.filter(\.enrolled).map { $0.effective ?? .notAttested }),
                              interim: today.flatMap { today in settings.calendar.terms.last.map { today < $0.end } } ?? false)
    }
}

/// The period a summary covers.
public enum SummaryPeriod: Equatable, Sendable {
    case term(Int)
    case year

    /// The term number as stored with final marks: 0 for the year.
    public var storedTerm: Int {
        switch self {
        case .term(let n): return n
        case .year: return 0
        }
    }
}

/// A student's final mark for a term (0 = the year).
public struct TermKey: Hashable, Sendable {
    public var student: Int
    public var term: Int

    public init(student: Int, term: Int) {
        self.student = student
        self.term = term
    }
}

/// Everything a subject summary is computed from, as read from the journal.
public struct SubjectInput: Sendable {
    /// A student of the class in journal order.
    public struct Student: Sendable {
        public var id: Int
        public var name: String
        /// His stays in the school's classes; nil: always in this class.
        public var enrollment: Enrollment?

        public init(id: Int, name: String, enrollment: Enrollment? = nil) {
            self.id = id
            self.name = name
            self.enrollment = enrollment
        }

        /// True when he is in `classID` on `date`.
        func isEnrolled(in classID: Int, on date: LocalDate) -> Bool {
            enrollment?.isEnrolled(in: classID, on: date) ?? true
        }

        /// True when he is in some class of the school on `date` (his marks of that day count).
        func isEnrolled(on date: LocalDate) -> Bool {
            enrollment?.isEnrolled(on: date) ?? true
        }

        /// True when he was in the school on some day of `days`.
        func wasEnrolled(during days: ClosedRange<LocalDate>) -> Bool {
            enrollment?.wasEnrolled(during: days) ?? true
        }
    }

    /// A lesson column with its effective weight.
    public struct Column: Sendable {
        public var id: Int
        public var date: LocalDate
        public var weight: Weight

        public init(id: Int, date: LocalDate, weight: Weight) {
            self.id = id
            self.date = date
            self.weight = weight
        }
    }

    public var className: String
    /// The class's id, for its students' enrollment.
    public var classID: Int
    public var subject: String
    public var students: [Student]
    public var columns: [Column]
    public var entries: [CellKey: Entry]
    public var finals: [TermKey: FinalMark]

    public init(className: String, subject: String, students: [Student], columns: [Column],
                entries: [CellKey: Entry], finals: [TermKey: FinalMark], classID: Int = 0) {
        self.className = className
        self.classID = classID
        self.subject = subject
        self.students = students
        self.columns = columns
        self.entries = entries
        self.finals = finals
    }
}
