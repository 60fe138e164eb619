import ZhurnalCore
import ZhurnalStore

/// One subject's results in one class for a term or the year: per student the average, the number
/// of marks, the recommended and the teacher's final mark; and the class statistics of the marks
/// that count (the teacher's final mark where set, else the recommendation).
public struct SubjectSummary: Sendable {
    /// One student's line: his name and his result (`SubjectResults.Result`, whose fields it
    /// shows as its own: `average`, `markCount`, `recommended`, `final`, `tooFewMarks`,
    /// `enrolled`, `effective`).
    @dynamicMemberLookup
    public struct Row: Sendable {
        public var name: String
        public var result: SubjectResults.Result

        public subscript<Value>(dynamicMember field: KeyPath<SubjectResults.Result, Value>) -> Value {
            result[keyPath: field]
        }

        public subscript<Value>(dynamicMember field: WritableKeyPath<SubjectResults.Result, Value>) -> Value {
            get { result[keyPath: field] }
            set { result[keyPath: field] = newValue }
        }
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

    /// Builds a term summary from a subject's lesson columns, entries and final marks
    /// (`SubjectResults.term`); made on `today` before the term's end it is interim, and a student
    /// short of marks is «мало отметок».
    public static func term(_ number: Int, input: SubjectInput, settings: SchoolSettings, today: LocalDate? = nil) -> SubjectSummary {
        summary(of: input, period: .term(number), settings: settings,
                SubjectResults.term(number, classID: input.classID, students: input.students.map(\.results), columns: input.columns,
                                    settings: settings, today: today, entry: input.entry, final: input.final))
    }

    /// Builds the year summary (`SubjectResults.year`): the year mark recommended from each
    /// counting term's mark. Made on `today` before the year's end it is interim.
    public static func year(input: SubjectInput, settings: SchoolSettings, today: LocalDate? = nil) -> SubjectSummary {
        summary(of: input, period: .year, settings: settings,
                SubjectResults.year(classID: input.classID, students: input.students.map(\.results), columns: input.columns,
                                    settings: settings, today: today, entry: input.entry, final: input.final))
    }

    private static func summary(of input: SubjectInput, period: SummaryPeriod, settings: SchoolSettings,
                                _ results: SubjectResults) -> SubjectSummary {
        SubjectSummary(className: input.className, subject: input.subject, period: period, termKind: settings.calendar.kind,
                       rows: zip(input.students, results.results).map { Row(name: $0.name, result: $1) },
                       statistics: results.statistics, interim: results.interim)
    }
}

extension SubjectSummary.Row {
    /// A line made by hand.
    init(studentID: Int, name: String, average: Ratio?, markCount: Int, recommended: TermMark?, final: FinalMark?,
         tooFewMarks: Bool = false, enrolled: Bool = true) {
        self.init(name: name, result: SubjectResults.Result(studentID: studentID, average: average, markCount: markCount,
                                                            recommended: recommended, final: final,
                                                            tooFewMarks: tooFewMarks, enrolled: enrolled))
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

        /// The student as the results see him.
        var results: SubjectResults.Student { SubjectResults.Student(id: id, enrollment: enrollment) }
    }

    /// A lesson column with its effective weight.
    public typealias Column = SubjectResults.Column

    public var className: String
    /// The class's id, for its students' enrollment.
    public var classID: Int
    public var subject: String
    public var students: [Student]
    public var columns: [Column]
    public var entries: CellEntries
    public var finals: [TermKey: FinalMark]

    public init(className: String, subject: String, students: [Student], columns: [Column],
                entries: CellEntries, finals: [TermKey: FinalMark], classID: Int = 0) {
        self.className = className
        self.classID = classID
        self.subject = subject
        self.students = students
        self.columns = columns
        self.entries = entries
        self.finals = finals
    }

    /// The entry of a student in a column.
    func entry(columnID: Int, studentID: Int) -> Entry? {
        entries[CellKey(columnID: columnID, studentID: studentID)]
    }

    /// A student's final mark of a term (0: the year).
    func final(studentID: Int, term: Int) -> FinalMark? {
        finals[TermKey(student: studentID, term: term)]
    }
}
