import ZhurnalCore

/// One cell's address: a lesson column and a student.
public struct CellKey: Hashable, Sendable {
    public let columnID: Int
    public let studentID: Int

    public init(columnID: Int, studentID: Int) {
        self.columnID = columnID
        self.studentID = studentID
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

    /// The entry in a cell, nil when empty.
    public subscript(column columnID: Int, student studentID: Int) -> Entry? {
        entries[CellKey(columnID: columnID, studentID: studentID)]
    }
}
