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
    public var entries: [CellKey: Entry]

    /// A journal from its parts.
    public init(columns: [LessonColumn], students: [Student], entries: [CellKey: Entry]) {
        self.columns = columns
        self.students = students
        self.entries = entries
    }

    /// The entry in a cell, nil when empty.
    public subscript(column columnID: Int, student studentID: Int) -> Entry? {
        entries[CellKey(columnID: columnID, studentID: studentID)]
    }

    /// The same journal with only the columns dated within `dates` (entries of the others stay
    /// in `entries` but no column reaches them).
    public func within(_ dates: ClosedRange<LocalDate>) -> JournalGrid {
        JournalGrid(columns: columns.filter { dates.contains($0.date) }, students: students, entries: entries)
    }
}
