import ZhurnalCore

extension Journal {
    /// The history reason of marks re-derived because their rubric changed.
    public static let rubricChangedReason = "rubric scale changed"

    /// Saves a rubric: with `id`, over that rubric (renaming it when the name changed), else over
    /// the one with the same name or as a new one. When an existing rubric is replaced, every mark
    /// derived from it is derived again, with the history reason `rubricChangedReason`.
    @discardableResult
    public func saveRubric(_ rubric: Rubric, id: Int? = nil) throws -> RubricSaveResult {
        try write(needing: .catalogue) { history in
            let definition = RubricJSON.encode(rubric)
            let existing = try id.flatMap { try connection.scalarInt("SELECT id FROM rubrics WHERE id = ?", $0) }
                ?? connection.scalarInt("SELECT id FROM rubrics WHERE name = ?", rubric.name)
            if let existing {
                try connection.run("UPDATE rubrics SET name = ?, definition = ? WHERE id = ?", rubric.name, definition, existing)
                var changed = 0
                for columnID in try attachedColumns(rubricID: existing) {
                    changed += try rederive(columnID: columnID, rubric: rubric, reason: Self.rubricChangedReason,
                                            history: history)
                }
                return RubricSaveResult(rubricID: existing, replaced: true, rederived: changed)
            }
            try connection.run("INSERT INTO rubrics(name, definition) VALUES (?, ?)", rubric.name, definition)
            return RubricSaveResult(rubricID: connection.lastInsertRowID, replaced: false, rederived: 0)
        }
    }

    /// Every saved rubric, by name.
    public func rubrics() throws -> [StoredRubric] {
        try read {
            try connection.cachedStatement("SELECT id, definition FROM rubrics ORDER BY name").map {
                ($0.int("id"), $0.string("definition"))
            }.compactMap { id, text in
                (try? RubricJSON.decode(Array(text.utf8))).map { StoredRubric(id: id, rubric: $0) }
            }
        }
    }

    /// The rubric attached to a column, nil when none is.
    public func rubric(columnID: Int) throws -> StoredRubric? {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT r.id, r.definition FROM column_rubrics c JOIN rubrics r ON r.id = c.rubric_id
                WHERE c.column_id = ?
                """)
            try statement.bind(columnID, at: 1)
            guard let (id, text) = try statement.first({ ($0.int("id"), $0.string("definition")) }),
                  let rubric = try? RubricJSON.decode(Array(text.utf8)) else { return nil }
            return StoredRubric(id: id, rubric: rubric)
        }
    }

    /// The ids of the columns that have a rubric, for markers in the grid.
    public func columnsWithRubrics(classID: Int, subjectID: Int) throws -> Set<Int> {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT c.id FROM lesson_columns c JOIN column_rubrics r ON r.column_id = c.id
                WHERE c.class_id = ? AND c.subject_id = ?
                """)
            try statement.bind(classID, at: 1)
            try statement.bind(subjectID, at: 2)
            return Set(try statement.map { $0.int("id") })
        }
    }

    /// Attaches a rubric to a column (or with nil detaches it); scores already given are kept and
    /// the marks derived again.
    public func attachRubric(_ rubricID: Int?, toColumn columnID: Int) throws {
        try write(needing: nil) { history in
            try checkLesson(columnID: columnID, history: history)
            guard let rubricID else {
                try connection.run("DELETE FROM column_rubrics WHERE column_id = ?", columnID)
                return
            }
            try connection.run("""
                INSERT INTO column_rubrics(column_id, rubric_id) VALUES (?, ?)
                ON CONFLICT(column_id) DO UPDATE SET rubric_id = excluded.rubric_id
                """, columnID, rubricID)
            if let stored = try rubric(columnID: columnID) {
                _ = try rederive(columnID: columnID, rubric: stored.rubric, reason: nil, history: history)
            }
        }
    }

    /// One student's points in a column, by criterion code.
    public func rubricPoints(columnID: Int, studentID: Int) throws -> [String: Int] {
        try rubricPoints(columnID: columnID)[studentID] ?? [:]
    }

    /// Every student's points in a column: student id → criterion code → points.
    public func rubricPoints(columnID: Int) throws -> [Int: [String: Int]] {
        try read {
            let statement = try connection.cachedStatement(
                "SELECT student_id, criterion, points FROM rubric_scores WHERE column_id = ?")
            try statement.bind(columnID, at: 1)
            var points: [Int: [String: Int]] = [:]
            try statement.forEachRow { points[$0.int("student_id"), default: [:]][$0.string("criterion")] = $0.int("points") }
            return points
        }
    }

    /// Sets a student's points in a column with a rubric (a nil value clears a criterion) and
    /// writes the derived mark as the cell's entry, all as one change in the history.
    ///
    /// - Returns: the cell's entry after the change.
    @discardableResult
    public func scoreRubric(columnID: Int, studentID: Int, points: [String: Int?]) throws -> Entry? {
        try write(needing: nil) { history in
            guard let stored = try rubric(columnID: columnID) else { throw StoreError.noSuchColumn(columnID) }
            for code in points.keys.sorted() {
                guard let criterion = stored.rubric.criterion(code) else { continue }
                let value = points[code].flatMap { $0 }.map { min(max($0, 0), criterion.maxPoints) }
                try setRubricPoint(columnID: columnID, studentID: studentID, criterion: code, to: value, history: history)
            }
            let mark = stored.rubric.mark(for: try rubricPoints(columnID: columnID, studentID: studentID)).map(Entry.mark)
            _ = try setEntry(columnID: columnID, studentID: studentID, to: mark, history: history)
            return mark
        }
    }

    /// Writes one criterion's points with a `rubric_score` history row; false when unchanged.
    @discardableResult
    func setRubricPoint(columnID: Int, studentID: Int, criterion: String, to points: Int?,
                        history: HistoryWriter) throws -> Bool {
        let old = try connection.scalarInt(
            "SELECT points FROM rubric_scores WHERE column_id = ? AND student_id = ? AND criterion = ?",
            columnID, studentID, criterion)
        guard old != points else { return false }
        let ids = try connection.cachedStatement("SELECT class_id, subject_id, date FROM lesson_columns WHERE id = ?")
        try ids.bind(columnID, at: 1)
        guard let (classID, subjectID, date) = try ids.first({ ($0.int("class_id"), $0.int("subject_id"), LocalDate(parsing: $0.string("date"))) }),
              let date else { throw StoreError.noSuchColumn(columnID) }
        try history.check(.lesson(date, classID: classID))
        if let points {
            try connection.run("""
                INSERT INTO rubric_scores(column_id, student_id, criterion, points, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(column_id, student_id, criterion) DO UPDATE SET points = excluded.points,
                    updated_at = excluded.updated_at
                """, columnID, studentID, criterion, points, history.at)
        } else {
            try connection.run("DELETE FROM rubric_scores WHERE column_id = ? AND student_id = ? AND criterion = ?",
                               columnID, studentID, criterion)
        }
        try history.append(.rubricScore, classID: classID, subjectID: subjectID, columnID: columnID,
                           studentID: studentID, old: old.map(String.init), new: points.map(String.init),
                           reason: criterion)
        return true
    }

    /// Puts back one `rubric_score` history value (undo and redo).
    func restoreRubricPoint(_ row: HistoryRecord, value: String?) throws {
        guard let columnID = row.columnID, let studentID = row.studentID, let code = row.reason else { return }
        try write(needing: nil) { history in
            _ = try setRubricPoint(columnID: columnID, studentID: studentID, criterion: code,
                                   to: value.flatMap { Int($0) }, history: history)
        }
    }

    func attachedColumns(rubricID: Int) throws -> [Int] {
        let statement = try connection.cachedStatement("SELECT column_id FROM column_rubrics WHERE rubric_id = ?")
        try statement.bind(rubricID, at: 1)
        return try statement.map { $0.int("column_id") }
    }

    /// Derives every scored student's mark in a column again; returns how many cells changed.
    /// Points of a criterion the rubric no longer has are cleared, and points over a lowered
    /// maximum cut to it, each with its `rubric_score` history row, so that what is stored
    /// (and exported) is what the mark was derived from.
    private func rederive(columnID: Int, rubric: Rubric, reason: String?, history: HistoryWriter) throws -> Int {
        var changed = 0
        for (studentID, stored) in try rubricPoints(columnID: columnID).sorted(by: { $0.key < $1.key }) {
            var points: [String: Int] = [:]
            for (code, value) in stored.sorted(by: { $0.key < $1.key }) {
                let kept = rubric.criterion(code).map { min(value, $0.maxPoints) }
                if kept != value {
                    try setRubricPoint(columnID: columnID, studentID: studentID, criterion: code, to: kept, history: history)
                }
                points[code] = kept
            }
            if try setEntry(columnID: columnID, studentID: studentID, to: rubric.mark(for: points).map(Entry.mark),
                            reason: reason, history: history) {
                changed += 1
            }
        }
        return changed
    }
}
