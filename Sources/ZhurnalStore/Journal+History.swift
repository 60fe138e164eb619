import Foundation

extension Journal {
    /// The history of one cell, newest first; its part of a `column_entries` row as an `entry` record.
    public func history(columnID: Int, studentID: Int) throws -> [HistoryRecord] {
        try history(where: """
            column_id = ?1 AND (student_id = ?2 OR (student_id IS NULL AND kind = 'column_entries')) ORDER BY id DESC
            """, columnID, studentID).compactMap { $0.cell(of: studentID) }
    }

    /// The history of one final mark, newest first.
    public func finalMarkHistory(studentID: Int, subjectID: Int, term: Int) throws -> [HistoryRecord] {
        try history(where: """
            column_id IS NULL AND student_id = ? AND subject_id = ? AND term = ? AND kind = 'final_mark'
            ORDER BY id DESC
            """, studentID, subjectID, term)
    }

    /// The latest `limit` changes of the whole journal, newest first.
    public func recentHistory(limit: Int) throws -> [HistoryRecord] {
        try history(where: "1 ORDER BY id DESC LIMIT ?", limit)
    }

    func history(where condition: String, _ arguments: (any SQLiteBindable)?...) throws -> [HistoryRecord] {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT id, at, os_user, kind, class_id, subject_id, column_id, student_id, term,
                       old_value, new_value, reason, operation
                FROM history WHERE \(condition)
                """)
            try statement.bind(arguments)
            return try statement.map { row in
                HistoryRecord(
                    id: row.int("id"), at: Timestamp.date(from: row.string("at")) ?? Date(timeIntervalSince1970: 0),
                    user: row.string("os_user"), kind: HistoryKind(rawValue: row.string("kind")) ?? .entry,
                    classID: row.optionalInt("class_id"), subjectID: row.optionalInt("subject_id"),
                    columnID: row.optionalInt("column_id"), studentID: row.optionalInt("student_id"),
                    term: row.optionalInt("term"), oldValue: row.optionalString("old_value"),
                    newValue: row.optionalString("new_value"), reason: row.optionalString("reason"),
                    operation: row.optionalInt("operation"))
            }
        }
    }
}
