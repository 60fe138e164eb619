import ZhurnalCore

/// Writes many columns and entries inside one transaction for imports, with history rows,
/// reusing prepared statements. Obtain one from `Journal.bulkWrite(_:)`; do not keep it.
///
/// The entries of a column this writer added get one `column_entries` history row together,
/// written just before the next other history row or at the end.
public final class BulkWriter {
    private let connection: SQLiteConnection
    private let history: HistoryWriter
    /// Class and subject of each column touched, and its state.
    private var columns: [Int: (classID: Int, subjectID: Int, date: LocalDate, state: ColumnState)] = [:]
    private var nextPosition: [PositionKey: Int] = [:]
    /// Dates on which `nextPosition` knows every class's and subject's columns.
    private var knownDates: Set<LocalDate> = []
    private var insertEntry: Statement?
    /// The old value of a cell, and where its row holds it.
    private var entryLookup: (statement: Statement, value: Int32)?
    private var insertColumn: Statement?
    /// The action's time and the entries written, bound without copies.
    private lazy var boundTime = BoundText(history.at)
    private var boundValues: [String: BoundText] = [:]
    /// The column `setEntry` wrote last, to skip the lookup for its next cell.
    private var lastColumn: (id: Int, classID: Int, subjectID: Int, date: LocalDate, state: ColumnState)?

    private struct PositionKey: Hashable {
        var classID: Int
        var subjectID: Int
        var date: LocalDate
    }
    /// Columns added by this writer whose entries wait for their history row: class, subject and
    /// the cells so far as `ColumnCells` text.
    private var pending: [Int: (classID: Int, subjectID: Int, cells: String)] = [:]

    private enum ColumnState {
        /// In the journal before this writer: a cell may hold an old entry.
        case existing
        /// Added by this writer, no entries yet.
        case added
        /// Added by this writer; its entries wait for their history row.
        case pending
        /// Added by this writer; its entries so far have their history row.
        case recorded
    }

    init(connection: SQLiteConnection, history: HistoryWriter) {
        self.connection = connection
        self.history = history
    }

    /// Tells the writer every column of the journal on `date`, so that adding columns on that
    /// date needs no query for their positions.
    func know(columns: [LessonColumn], on date: LocalDate) {
        for column in columns {
            let key = PositionKey(classID: column.classID, subjectID: column.subjectID, date: column.date)
            nextPosition[key] = max(nextPosition[key] ?? 0, column.position + 1)
        }
        knownDates.insert(date)
    }

    /// Adds a lesson column (after the other columns of its date) and returns its id.
    public func addColumn(classID: Int, subjectID: Int, date: LocalDate, kindCode: String,
                          weight: Weight? = nil, topic: String = "") throws -> Int {
        try history.check(.lesson(date, classID: classID))
        let key = PositionKey(classID: classID, subjectID: subjectID, date: date)
        let position: Int
        if let next = nextPosition[key] {
            position = next
        } else if knownDates.contains(date) {
            position = 0
        } else {
            position = try connection.scalarInt("""
                SELECT coalesce(max(position) + 1, 0) FROM lesson_columns
                WHERE class_id = ? AND subject_id = ? AND date = ?
                """, classID, subjectID, date.iso) ?? 0
        }
        nextPosition[key] = position + 1
        let snapshot = ColumnSnapshot(date: date, kindCode: kindCode, weight: weight, topic: topic, position: position)
        let insert = try insertColumn ?? connection.cachedStatement("""
            INSERT INTO lesson_columns(class_id, subject_id, date, kind_code, weight_hundredths, topic, position)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        insertColumn = insert
        try insert.bind([classID, subjectID, date.iso, kindCode, weight?.hundredths, topic, position])
        try insert.run()
        let id = connection.lastInsertRowID
        columns[id] = (classID, subjectID, date, .added)
        try recordPending()
        try history.append(.columnAdd, classID: classID, subjectID: subjectID, columnID: id,
                           old: nil, new: snapshot.encoded)
        return id
    }

    /// Sets one cell, with a history row; unchanged cells are skipped.
    ///
    /// In a column added by this writer each cell may be set once (a repeat is a constraint error).
    /// - Returns: false when the cell already held `entry` (nothing written).
    @discardableResult
    public func setEntry(columnID: Int, studentID: Int, to entry: Entry) throws -> Bool {
        try setEntry(columnID: columnID, studentID: studentID, value: entry.description)
    }

    /// Sets one cell to an entry given as `Entry.description`; see `setEntry(columnID:studentID:to:)`.
    func setEntry(columnID: Int, studentID: Int, value: String) throws -> Bool {
        let column: (classID: Int, subjectID: Int, date: LocalDate, state: ColumnState)
        if let last = lastColumn, last.id == columnID {
            column = (last.classID, last.subjectID, last.date, last.state)
        } else {
            let info = try columnInfo(columnID)
            try history.check(.marks(info.date, classID: info.classID))
            column = (info.classID, info.subjectID, info.date, info.state)
        }
        try history.checkEnrolled(studentID: studentID, classID: column.classID, date: column.date)
        var old: String?
        if column.state == .existing {
            let lookup = try oldEntryLookup()
            try lookup.statement.bind(columnID, at: 1)
            try lookup.statement.bind(studentID, at: 2)
            old = try lookup.statement.first { $0.string(lookup.value) }
            if old == value { return false }
        }
        let insert = try old == nil ? entryInsert()
            : connection.cachedStatement("UPDATE entries SET value = ?3, updated_at = ?4 WHERE column_id = ?1 AND student_id = ?2")
        try insert.bind(columnID, at: 1)
        try insert.bind(studentID, at: 2)
        let bound = boundValues[value] ?? BoundText(value)
        boundValues[value] = bound
        try bound.bind(to: insert, at: 3)
        try boundTime.bind(to: insert, at: 4)
        try insert.run()
        lastColumn = (columnID, column.classID, column.subjectID, column.date, column.state == .added ? .pending : column.state)
        switch column.state {
        case .added, .pending:
            if column.state == .added { columns[columnID]?.state = .pending }
            ColumnCells.append(studentID: studentID, value: value,
                               to: &pending[columnID, default: (column.classID, column.subjectID, "")].cells)
        case .existing, .recorded:
            try recordPending()
            try history.append(.entry, classID: column.classID, subjectID: column.subjectID, columnID: columnID,
                               studentID: studentID, old: old, new: value)
        }
        return true
    }

    private func oldEntryLookup() throws -> (statement: Statement, value: Int32) {
        if let entryLookup { return entryLookup }
        let statement = try connection.cachedStatement("SELECT value FROM entries WHERE column_id = ? AND student_id = ?")
        let lookup = (statement: statement, value: statement.column("value"))
        entryLookup = lookup
        return lookup
    }

    private func entryInsert() throws -> Statement {
        let statement = try insertEntry ?? connection.cachedStatement(
            "INSERT INTO entries(column_id, student_id, value, updated_at) VALUES (?, ?, ?, ?)")
        insertEntry = statement
        return statement
    }

    /// Writes the `column_entries` row of each pending column, in the order of their ids.
    func recordPending() throws {
        guard !pending.isEmpty else { return }
        for (id, column) in pending.sorted(by: { $0.key < $1.key }) {
            try history.append(.columnEntries, classID: column.classID, subjectID: column.subjectID, columnID: id,
                               old: nil, new: column.cells)
            columns[id]?.state = .recorded
        }
        lastColumn = nil
        pending.removeAll()
    }

    private func columnInfo(_ id: Int) throws -> (classID: Int, subjectID: Int, date: LocalDate, state: ColumnState) {
        if let known = columns[id] { return known }
        let statement = try connection.cachedStatement("SELECT class_id, subject_id, date FROM lesson_columns WHERE id = ?")
        try statement.bind(id, at: 1)
        guard let (classID, subjectID, date) = try statement.first({ ($0.int("class_id"), $0.int("subject_id"), LocalDate(parsing: $0.string("date"))) }),
              let date else {
            throw StoreError.noSuchColumn(id)
        }
        columns[id] = (classID, subjectID, date, .existing)
        return (classID, subjectID, date, .existing)
    }
}

extension Journal {
    /// Runs `body` with a `BulkWriter` in one transaction: all of it is saved, or none when it throws.
    public func bulkWrite<T>(_ body: (BulkWriter) throws -> T) throws -> T {
        try write(needing: nil) { history in
            let writer = BulkWriter(connection: connection, history: history)
            let result = try body(writer)
            try writer.recordPending()
            return result
        }
    }
}
