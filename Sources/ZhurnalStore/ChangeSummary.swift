import ZhurnalCore

/// One change in the history as undo and redo describe it: how many rows and class journals it
/// touches, and where its first cell is.
public struct ChangeSummary: Hashable, Sendable {
    /// The kind of the change's first row (a column deletion, an entry, a roster line…).
    public let kind: HistoryKind
    /// What the change touches: one per cell (those of a `column_entries` row counted one by one),
    /// final mark, note, point, column or student.
    public let rows: Int
    /// Class journals it touches.
    public let classes: Int
    /// The cell it changed (its first entry or final mark), when it has one.
    public let place: ChangePlace?

    /// Cells above which an undo asks first.
    public static let largeRows = 100

    /// True when undoing it should be asked first: more than one class journal or more than
    /// `largeRows` rows (an import).
    public var isLarge: Bool { classes > 1 || rows > Self.largeRows }
}

/// Where one history row changed something, in words: «7Б Алгебра 20.11, Абрамов И.: 5 → —».
public struct ChangePlace: Hashable, Sendable {
    public let className: String?
    public let subjectName: String?
    /// The lesson's date (a cell) or nil.
    public let date: LocalDate?
    /// The final mark's term (0 = the year) or nil.
    public let term: Int?
    /// «Абрамов И.».
    public let studentName: String?
    /// True for a mark or a final mark, whose values say what changed.
    public let showsValues: Bool
    public let oldValue: String?
    public let newValue: String?

    init(row: HistoryRecord, journal: Journal) throws {
        className = try row.classID.flatMap { id in try journal.classes().first { $0.id == id }?.name }
        subjectName = try row.subjectID.flatMap { id in try journal.subjects().first { $0.id == id }?.name }
        date = try row.columnID.flatMap { try journal.column(id: $0)?.date }
        term = row.kind == .finalMark ? row.term : nil
        studentName = try row.studentID.flatMap { try journal.student(id: $0) }.map { "\($0.lastName) \($0.firstName.prefix(1))." }
        showsValues = row.kind == .entry || row.kind == .finalMark
        oldValue = row.oldValue
        newValue = row.newValue
    }
}
