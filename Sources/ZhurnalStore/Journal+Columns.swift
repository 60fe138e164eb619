import ZhurnalCore

extension Journal {
    /// Adds a lesson column after the class+subject's other columns of that date.
    @discardableResult
    public func addColumn(classID: Int, subjectID: Int, date: LocalDate, kindCode: String,
                          weight: Weight? = nil, topic: String = "", homework: String = "") throws -> LessonColumn {
        try write(needing: nil) { history in
            try history.check(.lesson(date, classID: classID))
            let position = try connection.scalarInt("""
                SELECT coalesce(max(position) + 1, 0) FROM lesson_columns
                WHERE class_id = ? AND subject_id = ? AND date = ?
                """, classID, subjectID, date.iso) ?? 0
            let column = try insertColumn(id: nil, classID: classID, subjectID: subjectID,
                                          snapshot: ColumnSnapshot(date: date, kindCode: kindCode, weight: weight,
                                                                   topic: topic, position: position, homework: homework))
            try history.append(.columnAdd, classID: classID, subjectID: subjectID, columnID: column.id,
                               old: nil, new: column.snapshot.encoded)
            return column
        }
    }

    /// Saves a column's date, kind, weight, topic, homework, position and lesson number; no history
    /// when nothing changed. A topic or homework changed here counts as typed by hand: the
    /// thematic plan no longer replaces it.
    public func updateColumn(_ column: LessonColumn) throws {
        try write(needing: nil) { history in
            guard let old = try fetchColumn(id: column.id) else { throw StoreError.noSuchColumn(column.id) }
            var column = column
            if column.topic != old.topic || column.homework != old.homework { column.topicFromPlan = false }
            try save(column, replacing: old, history: history)
        }
    }

    /// Saves a column exactly as given (its plan mark included), as undo and the plan do.
    func restoreColumnFields(_ column: LessonColumn) throws {
        try write(needing: nil) { history in
            guard let old = try fetchColumn(id: column.id) else { throw StoreError.noSuchColumn(column.id) }
            try save(column, replacing: old, history: history)
        }
    }

    /// Writes `column` over `old` with a `column_edit` history row; nothing when they are equal.
    func save(_ column: LessonColumn, replacing old: LessonColumn, history: HistoryWriter) throws {
        guard old.snapshot != column.snapshot else { return }
        try history.check(.lesson(old.date, classID: old.classID))
        try history.check(.lesson(column.date, classID: column.classID))
        let update = try connection.cachedStatement("""
            UPDATE lesson_columns SET date = ?, kind_code = ?, weight_hundredths = ?, topic = ?, position = ?,
                                      lesson = ?, homework = ?, topic_from_plan = ?
            WHERE id = ?
            """)
        try update.bind([column.date.iso, column.kindCode, column.weight?.hundredths, column.topic, column.position,
                         column.lesson, column.homework, column.topicFromPlan ? 1 : 0, column.id])
        try update.run()
        try history.append(.columnEdit, classID: old.classID, subjectID: old.subjectID, columnID: old.id,
                           old: old.snapshot.encoded, new: column.snapshot.encoded)
    }

    /// Deletes a column and its entries; the history keeps the column, every entry and the
    /// column's notes, rubric points, rubric, level and outcome tags as old values, so
    /// `restoreColumn(fromHistory:)` can bring them back.
    ///
    /// - Returns: the id of the `column_delete` history row.
    @discardableResult
    public func deleteColumn(id: Int) throws -> Int {
        try write(needing: nil) { history in
            guard let column = try fetchColumn(id: id) else { throw StoreError.noSuchColumn(id) }
            try history.check(.lesson(column.date, classID: column.classID))
            try history.append(.columnDelete, classID: column.classID, subjectID: column.subjectID,
                               columnID: id, old: column.snapshot.encoded, new: nil)
            let deleteRowID = connection.lastInsertRowID
            let entries = try connection.cachedStatement(
                "SELECT student_id, value FROM entries WHERE column_id = ? ORDER BY student_id")
            try entries.bind(id, at: 1)
            for (studentID, value) in try entries.map({ ($0.int("student_id"), $0.string("value")) }) {
                try history.append(.entry, classID: column.classID, subjectID: column.subjectID,
                                   columnID: id, studentID: studentID, old: value, new: nil)
            }
            try recordAssessment(ofDeleted: column, history: history)
            try connection.run("DELETE FROM entries WHERE column_id = ?", id)
            try connection.run("DELETE FROM lesson_columns WHERE id = ?", id)
            return deleteRowID
        }
    }

    /// Restores a deleted column with its id, the entries it had and its assessment data, from its
    /// `column_delete` row.
    @discardableResult
    public func restoreColumn(fromHistory historyID: Int) throws -> LessonColumn {
        try write(needing: nil) { history in
            let row = try connection.cachedStatement("""
                SELECT class_id, subject_id, column_id, old_value FROM history WHERE id = ? AND kind = ?
                """)
            try row.bind(historyID, at: 1)
            try row.bind(HistoryKind.columnDelete.rawValue, at: 2)
            guard let (classID, subjectID, columnID, encoded) = try row.first({
                ($0.int("class_id"), $0.int("subject_id"), $0.int("column_id"), $0.string("old_value"))
            }), let snapshot = ColumnSnapshot(encoded: encoded) else {
                throw StoreError.noSuchHistoryRecord(historyID)
            }
            guard try fetchColumn(id: columnID) == nil else { throw StoreError.columnExists(columnID) }
            try history.check(.lesson(snapshot.date, classID: classID))
            let column = try insertColumn(id: columnID, classID: classID, subjectID: subjectID, snapshot: snapshot)
            try history.append(.columnRestore, classID: classID, subjectID: subjectID, columnID: columnID,
                               old: nil, new: snapshot.encoded)
            let entries = try connection.cachedStatement("""
                SELECT student_id, old_value FROM history
                WHERE column_id = ? AND operation = ? AND kind = 'entry' AND old_value IS NOT NULL
                """)
            try entries.bind(columnID, at: 1)
            try entries.bind(historyID, at: 2)
            for (studentID, value) in try entries.map({ ($0.int("student_id"), $0.string("old_value")) }) {
                try connection.run("""
                    INSERT INTO entries(column_id, student_id, value, updated_at)
                    SELECT ?, id, ?, ? FROM students WHERE id = ?
                    """, columnID, value, history.at, studentID)
                if connection.changes > 0 {
                    try history.append(.entry, classID: classID, subjectID: subjectID, columnID: columnID,
                                       studentID: studentID, old: nil, new: value)
                }
            }
            try restoreAssessment(ofColumn: column, operation: historyID, history: history)
            return column
        }
    }

    /// The column with this id, nil when there is none.
    public func column(id: Int) throws -> LessonColumn? {
        try read { try fetchColumn(id: id) }
    }

    /// The columns of a class+subject ordered by date then position, within `dates` when given.
    public func columns(classID: Int, subjectID: Int, dates: ClosedRange<LocalDate>? = nil) throws -> [LessonColumn] {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT \(Self.columnColumns) FROM lesson_columns
                WHERE class_id = ? AND subject_id = ? AND date BETWEEN ? AND ?
                ORDER BY date, position, id
                """)
            try statement.bind(classID, at: 1)
            try statement.bind(subjectID, at: 2)
            try Self.bind(dates, to: statement, at: 3)
            let at = LessonColumnIndexes(statement)
            return try statement.map { Self.column($0, at: at) }
        }
    }

    /// The columns of every class and subject dated within `dates`, by date, position and id.
    public func columns(dates: ClosedRange<LocalDate>) throws -> [LessonColumn] {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT \(Self.columnColumns) FROM lesson_columns WHERE date BETWEEN ? AND ?
                ORDER BY date, position, id
                """)
            try Self.bind(dates, to: statement, at: 1)
            let at = LessonColumnIndexes(statement)
            return try statement.map { Self.column($0, at: at) }
        }
    }

    static let columnColumns = """
        id, class_id, subject_id, date, kind_code, weight_hundredths, topic, position, lesson, homework, topic_from_plan
        """

    /// Decodes a row holding `columnColumns`, found at `at` (resolved once per query).
    static func column(_ row: Statement, at: LessonColumnIndexes) -> LessonColumn {
        LessonColumn(
            id: row.int(at.id), classID: row.int(at.classID), subjectID: row.int(at.subjectID),
            date: LocalDate(parsing: row.string(at.date)) ?? LocalDate(dayNumber: 0),
            kindCode: row.string(at.kindCode),
            weight: row.optionalInt(at.weight).flatMap { Weight(hundredths: $0) },
            topic: row.string(at.topic), position: row.int(at.position), lesson: row.optionalInt(at.lesson),
            homework: row.string(at.homework), topicFromPlan: row.int(at.topicFromPlan) != 0)
    }

    /// Binds a date range as two ISO strings at `index` and `index + 1`; nil binds every date.
    static func bind(_ dates: ClosedRange<LocalDate>?, to statement: Statement, at index: Int32) throws {
        try statement.bind(dates?.lowerBound.iso ?? "0000-00-00", at: index)
        try statement.bind(dates?.upperBound.iso ?? "9999-99-99", at: index + 1)
    }

    /// Refuses a change to what a column carries when the policy (its date, the person's right to
    /// the column's journal) does not allow it.
    func checkLesson(columnID: Int, history: HistoryWriter) throws {
        guard let column = try fetchColumn(id: columnID) else { throw StoreError.noSuchColumn(columnID) }
        try history.policy.require(.journal(classID: column.classID, subjectID: column.subjectID))
        try history.check(.lesson(column.date, classID: column.classID))
    }

    func fetchColumn(id: Int) throws -> LessonColumn? {
        let statement = try connection.cachedStatement("SELECT \(Self.columnColumns) FROM lesson_columns WHERE id = ?")
        try statement.bind(id, at: 1)
        let at = LessonColumnIndexes(statement)
        return try statement.first { Self.column($0, at: at) }
    }

    func insertColumn(id: Int?, classID: Int, subjectID: Int, snapshot: ColumnSnapshot) throws -> LessonColumn {
        let insert = try connection.cachedStatement("""
            INSERT INTO lesson_columns(id, class_id, subject_id, date, kind_code, weight_hundredths, topic, position,
                                       lesson, homework, topic_from_plan)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try insert.bind([id, classID, subjectID, snapshot.date.iso, snapshot.kindCode, snapshot.weight?.hundredths,
                         snapshot.topic, snapshot.position, snapshot.lesson, snapshot.homework,
                         snapshot.topicFromPlan ? 1 : 0])
        try insert.run()
        return LessonColumn(id: connection.lastInsertRowID, classID: classID, subjectID: subjectID,
                            date: snapshot.date, kindCode: snapshot.kindCode, weight: snapshot.weight,
                            topic: snapshot.topic, position: snapshot.position, lesson: snapshot.lesson,
                            homework: snapshot.homework, topicFromPlan: snapshot.topicFromPlan)
    }
}
