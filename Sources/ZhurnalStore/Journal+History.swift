import Foundation

extension Journal {
    /// The history of one cell, newest first.
    public func history(columnID: Int, studentID: Int) throws -> [HistoryRecord] {
        try history(where: "column_id = ? AND student_id = ? ORDER BY id DESC", columnID, studentID)
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
                    id: row.int(0), at: Timestamp.date(from: row.string(1)) ?? Date(timeIntervalSince1970: 0),
                    user: row.string(2), kind: HistoryKind(rawValue: row.string(3)) ?? .entry,
                    classID: row.optionalInt(4), subjectID: row.optionalInt(5), columnID: row.optionalInt(6),
                    studentID: row.optionalInt(7), term: row.optionalInt(8), oldValue: row.optionalString(9),
                    newValue: row.optionalString(10), reason: row.optionalString(11), operation: row.optionalInt(12))
            }
        }
    }
}
