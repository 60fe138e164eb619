import ZhurnalCore
import ZhurnalStore

/// What the journal grid shows for one class, subject and term, as read from the journal file.
public struct GridData: Sendable {
    /// A student row.
    public struct Student: Sendable, Equatable {
        public var id: Int
        public var lastName: String
        public var firstName: String
        public var middleName: String

        public init(id: Int, lastName: String, firstName: String, middleName: String) {
            self.id = id
            self.lastName = lastName
            self.firstName = firstName
            self.middleName = middleName
        }

        /// "Фамилия И." as in a paper journal.
        public var shortName: String {
            firstName.first.map { "\(lastName) \($0)." } ?? lastName
        }

        /// "Фамилия Имя", the form used in files and reports.
        public var fullName: String { "\(lastName) \(firstName)" }
    }

    /// A lesson column.
    public struct Column: Sendable, Equatable {
        public var id: Int
        public var date: LocalDate
        public var kindCode: String
        /// The column's own weight, when it overrides the kind's.
        public var weightOverride: Weight?
        public var topic: String
        public var homework: String
        /// The timetable lesson number; nil for a column made by hand.
        public var lesson: Int?

        public init(id: Int, date: LocalDate, kindCode: String, weightOverride: Weight?, topic: String,
                    homework: String = "", lesson: Int? = nil) {
            self.id = id
            self.date = date
            self.kindCode = kindCode
            self.weightOverride = weightOverride
            self.topic = topic
            self.homework = homework
            self.lesson = lesson
        }
    }

    public var classID: Int
    public var className: String
    public var subjectID: Int
    public var subject: String
    public var term: Term
    /// The class's terms (its parallel's, else the school's), which `term` is one of.
    public var calendar: TermCalendar
    public var students: [Student]
    public var columns: [Column]
    public var entries: CellEntries
    /// Final term marks by student.
    public var finals: [Int: FinalMark]
    /// The cells that hold a formative note, marked in the grid.
    public var notedCells: Set<CellKey> = []
    /// The columns that have a rubric, marked in the header.
    public var rubricColumns: Set<Int> = []
    /// The enrollment of the students with movements; the others are always in the class.
    public var enrollments: [Int: Enrollment] = [:]
    /// The term's lessons of the subject a student transferred within the school had in his
    /// other class, on his days there, by student: his average counts them too (docs/rules.md §7).
    public var otherClassLessons: [Int: [DatedEntry]] = [:]

    public init(classID: Int, className: String, subjectID: Int, subject: String, term: Term,
                students: [Student], columns: [Column], entries: CellEntries, finals: [Int: FinalMark],
                calendar: TermCalendar) {
        self.classID = classID
        self.className = className
        self.subjectID = subjectID
        self.subject = subject
        self.term = term
        self.students = students
        self.columns = columns
        self.entries = entries
        self.finals = finals
        self.calendar = calendar
    }

    /// The term shown, as a lock names it: «2 четверть» or «1 полугодие» by the class's calendar.
    public var termLock: TermLock { TermLock(term: term.number, kind: calendar.kind) }

    /// The term shown, named by the class's calendar.
    public var termName: TermName { TermName(term.number, kind: calendar.kind) }

    /// True when the student is in the class on `date`: his cell of that day takes entries and
    /// counts; the grid shades it otherwise.
    public func isEnrolled(_ studentID: Int, on date: LocalDate) -> Bool {
        enrollments[studentID]?.isEnrolled(in: classID, on: date) ?? true
    }
}
