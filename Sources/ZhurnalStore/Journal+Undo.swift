import ZhurnalCore

/// What an undo or redo changed, so the journal grid can put its cursor there and say what it did.
public struct UndoResult: Equatable, Sendable {
    public let kind: HistoryKind
    public let classID: Int?
    public let subjectID: Int?
    public let columnID: Int?
    public let studentID: Int?
    /// The change taken back or made again.
    public var change: ChangeSummary?

    public init(kind: HistoryKind, classID: Int?, subjectID: Int?, columnID: Int?, studentID: Int?,
                change: ChangeSummary? = nil) {
        self.kind = kind
        self.classID = classID
        self.subjectID = subjectID
        self.columnID = columnID
        self.studentID = studentID
        self.change = change
    }

    /// Equal when the same place changed; the summary is not compared.
    public static func == (a: UndoResult, b: UndoResult) -> Bool {
        (a.kind, a.classID, a.subjectID, a.columnID, a.studentID) == (b.kind, b.classID, b.subjectID, b.columnID, b.studentID)
    }
}

extension Journal {
    /// The kinds of history row a person's own action starts.
    private static let undoableKinds = """
        'entry', 'column_entries', 'final_mark', 'column_add', 'column_edit', 'column_delete', 'note', 'rubric_score', \
        'class_add', 'student_add', 'movement', 'year_close'
        """
    /// History rows an undo or redo replays in one transaction at most, so that other windows
    /// waiting for the file are never held past their busy timeout.
    public static let replayBatchSize = 2000

    /// Undoes the acting person's latest change that is not undone yet: this process's changes
    /// first (newest first), then the person's earlier ones — across restarts, since it is read
    /// from the history. A change of several rows (a column deletion with its entries, an
    /// import) is undone as one, in transactions of at most `batchSize` rows. Every row passes
    /// the write policy (a locked term refuses the undo before anything changes). The undo is
    /// itself recorded in the history. Returns nil when there is nothing to undo. The closing of
    /// a school year is refused (`StoreError.yearClosed`): it sealed every change before it.
    public func undo(batchSize: Int = Journal.replayBatchSize) throws -> UndoResult? {
        guard let head = try read({ try undoHead() }) else { return nil }
        let change = try summary(ofOperation: head)
        if change.kind == .yearClose {
            throw StoreError.yearClosed(copy: try history(where: "id = ?", head).first?.newValue ?? "")
        }
        let whole = change.kind == .columnDelete
        let limit = whole ? Int.max - 1 : batchSize
        var result: UndoResult?
        var below = Int.max
        while try replay({ () throws -> Bool in
            if result == nil { try checkPolicy(operation: head) }
            // Newest first, each batch below the last; the head row (the oldest) comes last.
            var rows = try history(where: """
                operation = ?1 AND id < ?3 AND id NOT IN (SELECT history_id FROM undo_log) ORDER BY id DESC LIMIT ?2
                """, head, limit + 1, below)
            if rows.count <= limit {
                rows += try history(where: "id = ? AND id NOT IN (SELECT history_id FROM undo_log)", head)
            }
            guard !rows.isEmpty else { return false }
            let more = rows.count > limit
            if more { rows.removeLast() }
            below = rows.last?.id ?? below
            let marker = try maxHistoryID()
            let seq = try seqOfUndo(head) ?? (connection.scalarInt("SELECT coalesce(max(seq), 0) + 1 FROM undo_log") ?? 1)
            if whole, let first = rows.last {
                try restoreColumn(fromHistory: first.id)
            } else {
                for row in rows { try apply(row, forward: false) }
            }
            for row in rows {
                try connection.run("INSERT OR REPLACE INTO undo_log(history_id, state, seq) VALUES (?, 'undone', ?)", row.id, seq)
            }
            try markInverse(after: marker)
            result = rows.last.map { Self.result($0, change: change) }
            return more
        }) {}
        return result
    }

    /// What `undo()` would take back, nil when there is nothing.
    public func nextUndo() throws -> ChangeSummary? {
        guard let head = try read({ try undoHead() }) else { return nil }
        return try summary(ofOperation: head)
    }

    /// What `redo()` would make again, nil when there is nothing.
    public func nextRedo() throws -> ChangeSummary? {
        guard let first = try read({ try redoHead() }) else { return nil }
        return try summary(ofOperation: first)
    }

    /// The head of the change undo takes: this process's newest change not undone, else the
    /// acting person's newest.
    private func undoHead() throws -> Int? {
        for operation in processOperations.reversed() where try isUndoableHead(operation) {
            return operation
        }
        return try connection.scalarInt("""
            SELECT coalesce(operation, id) FROM history
            WHERE os_user = ? AND kind IN (\(Self.undoableKinds))
              AND id NOT IN (SELECT history_id FROM undo_log)
            ORDER BY id DESC LIMIT 1
            """, user)
    }

    private func isUndoableHead(_ id: Int) throws -> Bool {
        try connection.scalarInt("""
            SELECT 1 FROM history WHERE id = ? AND os_user = ? AND kind IN (\(Self.undoableKinds))
              AND id NOT IN (SELECT history_id FROM undo_log)
            """, id, user) != nil
    }

    /// The `seq` already given to the rows of an undo that runs in batches.
    private func seqOfUndo(_ head: Int) throws -> Int? {
        try connection.scalarInt("""
            SELECT max(u.seq) FROM undo_log u JOIN history h ON h.id = u.history_id
            WHERE u.state = 'undone' AND (h.id = ?1 OR h.operation = ?1)
            """, head)
    }

    /// The first row of the acting person's latest undone change.
    private func redoHead() throws -> Int? {
        guard let seq = try redoSeq() else { return nil }
        return try connection.scalarInt(
            "SELECT min(history_id) FROM undo_log WHERE state = 'undone' AND seq = ?", seq)
    }

    private func redoSeq() throws -> Int? {
        guard let seq = try connection.scalarInt("""
            SELECT max(u.seq) FROM undo_log u JOIN history h ON h.id = u.history_id
            WHERE u.state = 'undone' AND h.os_user = ?
            """, user), seq > 0 else { return nil }
        return seq
    }

    /// Marks every change so far as not undoable (e.g. after building the demo school).
    public func sealHistory() throws {
        try write(needing: .school) { _ in
            try connection.run("""
                INSERT OR IGNORE INTO undo_log(history_id, state, seq) SELECT id, 'dropped', 0 FROM history
                """)
        }
    }

    /// Redoes the acting person's latest undone change, in batches like `undo()`; nil when there
    /// is nothing to redo (the person's own new change after an undo drops what could be redone;
    /// other people's changes do not).
    public func redo(batchSize: Int = Journal.replayBatchSize) throws -> UndoResult? {
        guard let seq = try read({ try redoSeq() }), let head = try read({ try redoHead() }) else { return nil }
        let change = try summary(ofOperation: head)
        let whole = change.kind == .columnDelete
        let limit = whole ? Int.max - 1 : batchSize
        var result: UndoResult?
        var above = 0
        while try replay({ () throws -> Bool in
            if result == nil { try checkPolicy(operation: head) }
            // Oldest first, each batch above the last.
            var rows = try history(where: """
                id IN (SELECT history_id FROM undo_log WHERE state = 'undone' AND seq = ?1 AND history_id > ?3
                       ORDER BY history_id LIMIT ?2) ORDER BY id
                """, seq, limit + 1, above)
            guard !rows.isEmpty else { return false }
            let more = rows.count > limit
            if more { rows.removeLast() }
            above = rows.last?.id ?? above
            let marker = try maxHistoryID()
            if whole, let columnID = rows.first?.columnID {
                try deleteColumn(id: columnID)
            } else {
                for row in rows { try apply(row, forward: true) }
            }
            for row in rows { try connection.run("DELETE FROM undo_log WHERE history_id = ?", row.id) }
            try markInverse(after: marker)
            if result == nil { result = rows.first.map { Self.result($0, change: change) } }
            return more
        }) {}
        return result
    }

    /// Runs one transaction of an undo or redo without dropping the redo list.
    private func replay<T>(_ body: () throws -> T) throws -> T {
        guard !isReadOnly else { throw StoreError.readOnly }
        isReplaying = true
        defer { isReplaying = false }
        return try write(needing: nil) { _ in try body() }
    }

    /// Refuses a replay of an operation that touches a locked term, before any row is written.
    private func checkPolicy(operation head: Int) throws {
        try write(needing: nil) { history in
            let terms = try connection.cachedStatement("""
                SELECT DISTINCT term, class_id FROM history WHERE (id = ?1 OR operation = ?1) AND kind = 'final_mark'
                """)
            try terms.bind(head, at: 1)
            try terms.forEachRow { try history.check(.finalMark(term: $0.int("term"), classID: $0.int("class_id"))) }
            let columns = try connection.cachedStatement("""
                SELECT DISTINCT c.date, c.class_id FROM history h JOIN lesson_columns c ON c.id = h.column_id
                WHERE (h.id = ?1 OR h.operation = ?1)
                """)
            try columns.bind(head, at: 1)
            try columns.forEachRow { row in
                if let date = LocalDate(parsing: row.string("date")) { try history.check(.lesson(date, classID: row.int("class_id"))) }
            }
            let snapshots = try connection.cachedStatement("""
                SELECT old_value, new_value, class_id FROM history
                WHERE (id = ?1 OR operation = ?1) AND kind IN ('column_add', 'column_edit', 'column_delete')
                """)
            try snapshots.bind(head, at: 1)
            try snapshots.forEachRow { row in
                for snapshot in ["old_value", "new_value"] {
                    if let date = row.optionalString(snapshot).flatMap(ColumnSnapshot.init(encoded:))?.date {
                        try history.check(.lesson(date, classID: row.int("class_id")))
                    }
                }
            }
        }
    }

    /// How big an operation is and what its first cell was, for the undo's message and question.
    func summary(ofOperation head: Int) throws -> ChangeSummary {
        try read {
            let counts = try connection.cachedStatement("""
                SELECT sum(CASE WHEN kind = 'column_entries' THEN length(coalesce(new_value, old_value))
                                - length(replace(coalesce(new_value, old_value), ';', '')) + 1 ELSE 1 END) AS rows,
                       count(DISTINCT class_id) AS classes
                FROM history WHERE id = ?1 OR operation = ?1
                """)
            try counts.bind(head, at: 1)
            let (rows, classes) = try counts.first { ($0.int("rows"), $0.int("classes")) } ?? (0, 0)
            let kind = try history(where: "id = ?", head).first?.kind ?? .entry
            let described = try history(where: """
                (id = ?1 OR operation = ?1) ORDER BY kind IN ('entry', 'column_entries') DESC, kind = 'final_mark' DESC, id
                LIMIT 1
                """, head).first?.firstCell
            return ChangeSummary(kind: kind, rows: rows, classes: classes,
                                 place: try described.map { try ChangePlace(row: $0, journal: self) })
        }
    }

    /// Puts back the old value of a row (undo) or its new value (redo).
    private func apply(_ row: HistoryRecord, forward: Bool) throws {
        let value = forward ? row.newValue : row.oldValue
        switch row.kind {
        case .entry:
            guard let columnID = row.columnID, let studentID = row.studentID else { return }
            let entry = value.flatMap { try? Entry.parse($0).get() }
            try inOpenWrite { history in
                _ = try setEntry(columnID: columnID, studentID: studentID, to: entry, history: history)
            }
        case .columnEntries:
            guard let columnID = row.columnID,
                  let listed = (row.newValue ?? row.oldValue).flatMap(ColumnCells.init(encoded:)) else { return }
            let cells = value.flatMap(ColumnCells.init(encoded:)) ?? ColumnCells(listed.cells.map { ($0.studentID, nil) })
            try inOpenWrite { history in try setCells(columnID: columnID, to: cells, history: history) }
        case .finalMark:
            guard let studentID = row.studentID, let subjectID = row.subjectID, let term = row.term else { return }
            _ = try setFinalMark(studentID: studentID, subjectID: subjectID, term: term, to: value,
                                 reason: forward ? row.reason ?? "" : "")
        case .columnAdd:
            guard let columnID = row.columnID else { return }
            if forward {
                guard let deletion = try connection.scalarInt(
                    "SELECT max(id) FROM history WHERE kind = 'column_delete' AND column_id = ?", columnID) else { return }
                try restoreColumn(fromHistory: deletion)
            } else {
                try deleteColumn(id: columnID)
            }
        case .columnEdit:
            guard let columnID = row.columnID, let encoded = value, let snapshot = ColumnSnapshot(encoded: encoded),
                  var column = try fetchColumn(id: columnID) else { return }
            column.date = snapshot.date
            column.kindCode = snapshot.kindCode
            column.weight = snapshot.weight
            column.topic = snapshot.topic
            column.position = snapshot.position
            column.lesson = snapshot.lesson
            column.homework = snapshot.homework
            column.topicFromPlan = snapshot.topicFromPlan
            try restoreColumnFields(column)
        case .rubricScore:
            try restoreRubricPoint(row, value: value)
        case .note:
            try restoreNote(row, value: value)
        case .studentAdd, .classAdd:
            try replayRoster(row, forward: forward)
        case .movement:
            try replayMovement(row, forward: forward)
        case .columnDelete, .columnRestore, .columnTags, .yearClose:
            return
        }
    }

    private func maxHistoryID() throws -> Int {
        try connection.scalarInt("SELECT coalesce(max(id), 0) FROM history") ?? 0
    }

    /// Marks the rows an undo or redo wrote, so that they are not undone themselves.
    private func markInverse(after marker: Int) throws {
        try connection.run("""
            INSERT OR REPLACE INTO undo_log(history_id, state, seq) SELECT id, 'inverse', 0 FROM history WHERE id > ?
            """, marker)
    }

    private static func result(_ row: HistoryRecord, change: ChangeSummary) -> UndoResult {
        UndoResult(kind: row.kind, classID: row.classID, subjectID: row.subjectID, columnID: row.columnID,
                   studentID: row.studentID, change: change)
    }
}
