import ZhurnalCore

/// One cell's address: a lesson column and a student.
public struct CellKey: Hashable, Sendable {
    public let columnID: Int
    public let studentID: Int

    public init(columnID: Int, studentID: Int) {
        self.columnID = columnID
        self.studentID = studentID
    }

    /// One word for the hasher: grids hash hundreds of thousands of keys per report.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(columnID &<< 32 ^ studentID)
    }
}

/// A class's journal for one subject: columns by date, students in class order, and the entries.
public struct JournalGrid: Sendable {
    /// Columns ordered by date, then position.
    public var columns: [LessonColumn]
    /// Students ordered by position, then name.
    public var students: [Student]
    /// Entries of the filled cells.
    public var entries: CellEntries
    /// The enrollment of the students with movements; the others are always in the class.
    public var enrollments: [Int: Enrollment]
    /// The class whose journal this is, for its students' enrollment (nil: none known).
    public var classID: Int?

    /// A journal from its parts.
    public init(columns: [LessonColumn], students: [Student], entries: CellEntries,
                enrollments: [Int: Enrollment] = [:], classID: Int? = nil) {
        self.columns = columns
        self.students = students
        self.entries = entries
        self.enrollments = enrollments
        self.classID = classID
    }

    /// True when the student is in this journal's class on `date` (his cells that day take entries).
    public func isEnrolled(_ studentID: Int, on date: LocalDate) -> Bool {
        guard let enrollment = enrollments[studentID], let classID else { return true }
        return enrollment.isEnrolled(in: classID, on: date)
    }

    /// True when the student was in this journal's class on some day of `days`.
    public func wasEnrolled(_ studentID: Int, during days: ClosedRange<LocalDate>) -> Bool {
        guard let enrollment = enrollments[studentID], let classID else { return true }
        return enrollment.wasEnrolled(in: classID, during: days)
    }

    /// The entry in a cell, nil when empty.
    public subscript(column columnID: Int, student studentID: Int) -> Entry? {
        entries[CellKey(columnID: columnID, studentID: studentID)]
    }

    /// The same journal with only the columns dated within `dates` (entries of the others stay
    /// in `entries` but no column reaches them).
    /// Only the students enrolled in the class on some of those days stay.
    public func within(_ dates: ClosedRange<LocalDate>) -> JournalGrid {
        JournalGrid(columns: columns.filter { dates.contains($0.date) },
                    students: students.filter { wasEnrolled($0.id, during: dates) }, entries: entries,
                    enrollments: enrollments, classID: classID)
    }
}
