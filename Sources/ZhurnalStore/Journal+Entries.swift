import ZhurnalCore

extension Journal {
    /// Sets (or with nil clears) one cell and records the change in the history.
    ///
    /// - Parameter reason: recorded in the history row, e.g. why a derived mark changed.
    /// - Returns: false when the cell already held `entry` (nothing written, no history row).
    @discardableResult
    public func setEntry(columnID: Int, studentID: Int, to entry: Entry?, reason: String? = nil) throws -> Bool {
        try write(needing: nil) { history in
            try setEntry(columnID: columnID, studentID: studentID, to: entry, reason: reason, history: history)
        }
    }

    /// Sets one cell within a write already open, appending to its history.
    func setEntry(columnID: Int, studentID: Int, to entry: Entry?, reason: String? = nil,
                  history: HistoryWriter) throws -> Bool {
        guard let change = try changeCell(columnID: columnID, studentID: studentID, to: entry?.description,
                                          history: history) else { return false }
        try history.append(.entry, classID: change.classID, subjectID: change.subjectID, columnID: columnID,
                           studentID: studentID, old: change.old, new: entry?.description, reason: reason)
        return true
    }

    /// Sets the listed cells of one column within a write already open, with one `column_entries`
    /// history row for those that changed (undo and redo of such a row).
    func setCells(columnID: Int, to cells: ColumnCells, history: HistoryWriter) throws {
        var old = ColumnCells(), new = ColumnCells()
        var place: (classID: Int, subjectID: Int)?
        for cell in cells.cells {
            guard let change = try changeCell(columnID: columnID, studentID: cell.studentID, to: cell.value,
                                              history: history) else { continue }
            place = (change.classID, change.subjectID)
            old.cells.append((cell.studentID, change.old))
            new.cells.append(cell)
        }
        guard let place else { return }
        try history.append(.columnEntries, classID: place.classID, subjectID: place.subjectID, columnID: columnID,
                           old: old.cells.allSatisfy { $0.value == nil } ? nil : old.encoded,
                           new: new.cells.allSatisfy { $0.value == nil } ? nil : new.encoded)
    }

    /// Writes one cell's value (nil clears it) after the policy's checks, without a history row.
    /// - Returns: the cell's class, subject and old value; nil when it already held `new`.
    private func changeCell(columnID: Int, studentID: Int, to new: String?,
                            history: HistoryWriter) throws -> (classID: Int, subjectID: Int, old: String?)? {
        let lookup = try connection.cachedStatement("""
            SELECT c.class_id, c.subject_id, s.id AS student_id, e.value, c.date
            FROM lesson_columns c
            LEFT JOIN students s ON s.id = ?2 AND (s.class_id = c.class_id OR EXISTS (
                SELECT 1 FROM movements m WHERE m.student_id = s.id AND (m.class_id = c.class_id OR m.to_class_id = c.class_id)))
            LEFT JOIN entries e ON e.column_id = c.id AND e.student_id = ?2
            WHERE c.id = ?1
            """)
        try lookup.bind(columnID, at: 1)
        try lookup.bind(studentID, at: 2)
        guard let (classID, subjectID, studentFound, old, date) = try lookup.first({
            ($0.int("class_id"), $0.int("subject_id"), !$0.isNull("student_id"), $0.optionalString("value"),
             LocalDate(parsing: $0.string("date")))
        }), let date else { throw StoreError.noSuchColumn(columnID) }
        guard studentFound else { throw StoreError.noSuchStudent(studentID) }
        guard old != new else { return nil }
        try history.check(new == nil ? .lesson(date, classID: classID) : .marks(date, classID: classID))
        if new != nil { try history.checkEnrolled(studentID: studentID, classID: classID, date: date) }
        if let new {
            try connection.run("""
                INSERT INTO entries(column_id, student_id, value, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(column_id, student_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                """, columnID, studentID, new, history.at)
        } else {
            try connection.run("DELETE FROM entries WHERE column_id = ? AND student_id = ?", columnID, studentID)
        }
        return (classID, subjectID, old)
    }

    /// The entry in one cell, nil when empty.
    public func entry(columnID: Int, studentID: Int) throws -> Entry? {
        try read {
            let statement = try connection.cachedStatement(
                "SELECT value FROM entries WHERE column_id = ? AND student_id = ?")
            try statement.bind(columnID, at: 1)
            try statement.bind(studentID, at: 2)
            return try statement.first { Entry(stored: $0.string("value")) } ?? nil
        }
    }

    /// A class's journal for a subject, within `dates` when given, in two queries (students;
    /// columns with their entries). With no range it holds every entry, as reports need.
    public func grid(classID: Int, subjectID: Int, dates: ClosedRange<LocalDate>? = nil) throws -> JournalGrid {
        try grids(classID: classID, subjectID: subjectID, dates: dates)[subjectID]
            ?? emptyGrid(classID: classID, dates: dates)
    }

    /// A class's journals for every subject that has columns, keyed by subject id, in three
    /// queries (students; columns; their entries).
    public func grids(classID: Int, dates: ClosedRange<LocalDate>? = nil) throws -> [Int: JournalGrid] {
        try grids(classID: classID, subjectID: nil, dates: dates)
    }

    /// A journal without columns: the class's students (enrolled within `dates` when given).
    public func emptyGrid(classID: Int, dates: ClosedRange<LocalDate>? = nil) throws -> JournalGrid {
        let (students, enrollments) = try studentsEverIn(classID: classID)
        let grid = JournalGrid(columns: [], students: students, entries: [:], enrollments: enrollments, classID: classID)
        return dates.map(grid.within) ?? grid
    }

    private func grids(classID: Int, subjectID: Int?, dates: ClosedRange<LocalDate>?) throws -> [Int: JournalGrid] {
        let (everIn, enrollments) = try studentsEverIn(classID: classID)
        let students = dates.map { days in
            everIn.filter { enrollments[$0.id]?.wasEnrolled(in: classID, during: days) ?? true }
        } ?? everIn
        return try read {
            let columns = try connection.cachedStatement("""
                SELECT \(Self.columnColumns) FROM lesson_columns
                WHERE class_id = ?1 AND \(subjectID == nil ? "?2 IS NULL" : "subject_id = ?2") AND date BETWEEN ?3 AND ?4
                ORDER BY subject_id, date, position, id
                """)
            try columns.bind(classID, at: 1)
            try columns.bind(subjectID, at: 2)
            try Self.bind(dates, to: columns, at: 3)
            let at = LessonColumnIndexes(columns)
            var bySubject: [Int: [LessonColumn]] = [:]
            try columns.forEachRow { row in
                let column = Self.column(row, at: at)
                bySubject[column.subjectID, default: []].append(column)
            }
            // Only the cells are read per row; each subject's entries are gathered, then put in its table at once.
            let cells = try connection.cachedStatement("""
                SELECT c.subject_id, e.column_id, e.student_id, e.value
                FROM lesson_columns c JOIN entries e ON e.column_id = c.id
                WHERE c.class_id = ?1 AND \(subjectID == nil ? "?2 IS NULL" : "c.subject_id = ?2") AND c.date BETWEEN ?3 AND ?4
                """)
            try cells.bind(classID, at: 1)
            try cells.bind(subjectID, at: 2)
            try Self.bind(dates, to: cells, at: 3)
            let cell = (subject: cells.column("subject_id"), column: cells.column("column_id"),
                        student: cells.column("student_id"), value: cells.column("value"))
            var filled: [Int: [(CellKey, Entry)]] = [:]
            try cells.forEachRow { row in
                guard let entry = row.entry(cell.value) else { return }
                filled[row.int(cell.subject), default: []]
                    .append((CellKey(columnID: row.int(cell.column), studentID: row.int(cell.student)), entry))
            }
            return bySubject.mapValues { subjectColumns in
                let subject = subjectColumns[0].subjectID
                return JournalGrid(columns: subjectColumns, students: students,
                                   entries: CellEntries(filled[subject] ?? []),
                                   enrollments: enrollments, classID: classID)
            }
        }
    }
}
