import ZhurnalCore

/// What an undo or redo changed, so the journal grid can put its cursor there.
public struct UndoResult: Equatable, Sendable {
    public let kind: HistoryKind
    public let classID: Int?
    public let subjectID: Int?
    public let columnID: Int?
    public let studentID: Int?
}

extension Journal {
    /// The kinds of history row a teacher's own action starts.
    private static let undoableKinds = "'entry', 'final_mark', 'column_add', 'column_edit', 'column_delete', 'note', 'rubric_score'"

    /// Undoes this OS user's latest change that is not undone yet — across restarts, since it is
    /// read from the history. A change made of several rows (a column deletion with its entries,
    /// an import) is undone as one. The undo itself is written to the history like any change.
    /// Returns nil when there is nothing to undo.
    public func undo() throws -> UndoResult? {
        try replay { () throws -> UndoResult? in
            guard let head = try undoHead() else { return nil }
            let rows = try group(head)
            let marker = try maxHistoryID()
            if let first = rows.last, first.kind == .columnDelete {
                try restoreColumn(fromHistory: first.id)
            } else {
                for row in rows { try apply(row, forward: false) }
            }
            let seq = (try connection.scalarInt("SELECT coalesce(max(seq), 0) + 1 FROM undo_log")) ?? 1
            for row in rows {
                try connection.run("INSERT OR REPLACE INTO undo_log(history_id, state, seq) VALUES (?, 'undone', ?)", row.id, seq)
            }
            try markInverse(after: marker)
            return rows.last.map(Self.result)
        }
    }

    /// The first row of the change `undo()` would undo, nil when there is none.
    public func nextUndo() throws -> HistoryRecord? {
        try read { try undoHead().flatMap { try group($0).last } }
    }

    /// The first row of the change `redo()` would redo, nil when there is none.
    public func nextRedo() throws -> HistoryRecord? {
        try read {
            guard let first = try redoHead() else { return nil }
            return try group(first).last
        }
    }

    private func undoHead() throws -> Int? {
        try connection.scalarInt("""
            SELECT coalesce(operation, id) FROM history
            WHERE os_user = ? AND kind IN (\(Self.undoableKinds))
              AND id NOT IN (SELECT history_id FROM undo_log)
            ORDER BY id DESC LIMIT 1
            """, user)
    }

    /// The first row of this OS user's latest undone change.
    private func redoHead() throws -> Int? {
        guard let seq = try connection.scalarInt("""
            SELECT max(u.seq) FROM undo_log u JOIN history h ON h.id = u.history_id
            WHERE u.state = 'undone' AND h.os_user = ?
            """, user), seq > 0 else { return nil }
        return try connection.scalarInt(
            "SELECT min(history_id) FROM undo_log WHERE state = 'undone' AND seq = ?", seq)
    }

    /// Marks every change so far as not undoable (e.g. after building the demo school).
    public func sealHistory() throws {
        try write { _ in
            try connection.run("""
                INSERT OR IGNORE INTO undo_log(history_id, state, seq) SELECT id, 'dropped', 0 FROM history
                """)
        }
    }

    /// Redoes this OS user's latest undone change; nil when there is nothing to redo (a new change
    /// after an undo drops what could be redone).
    public func redo() throws -> UndoResult? {
        try replay { () throws -> UndoResult? in
            guard let first = try redoHead(),
                  let seq = try connection.scalarInt("SELECT seq FROM undo_log WHERE history_id = ?", first) else { return nil }
            let rows = try group(first).reversed()
            let marker = try maxHistoryID()
            if let head = rows.first, head.kind == .columnDelete, let columnID = head.columnID {
                try deleteColumn(id: columnID)
            } else {
                for row in rows { try apply(row, forward: true) }
            }
            try connection.run("DELETE FROM undo_log WHERE seq = ? AND state = 'undone'", seq)
            try markInverse(after: marker)
            return rows.first.map(Self.result)
        }
    }

    /// Runs an undo or redo in one transaction without dropping the redo list.
    private func replay<T>(_ body: () throws -> T) throws -> T {
        guard !isReadOnly else { throw StoreError.readOnly }
        isReplaying = true
        defer { isReplaying = false }
        return try withStoreErrors { try connection.transaction(body) }
    }

    /// The rows of one change, newest first.
    private func group(_ head: Int) throws -> [HistoryRecord] {
        try history(where: "id = ? OR operation = ? ORDER BY id DESC", head, head)
    }

    /// Puts back the old value of a row (undo) or its new value (redo).
    private func apply(_ row: HistoryRecord, forward: Bool) throws {
        let value = forward ? row.newValue : row.oldValue
        switch row.kind {
        case .entry:
            guard let columnID = row.columnID, let studentID = row.studentID else { return }
            let entry = value.flatMap { try? Entry.parse($0).get() }
            _ = try setEntry(columnID: columnID, studentID: studentID, to: entry)
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
        case .columnDelete, .columnRestore, .columnTags:
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

    private static func result(_ row: HistoryRecord) -> UndoResult {
        UndoResult(kind: row.kind, classID: row.classID, subjectID: row.subjectID, columnID: row.columnID,
                   studentID: row.studentID)
    }
}
