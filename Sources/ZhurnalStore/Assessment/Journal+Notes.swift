import Foundation
import ZhurnalCore

extension Journal {
    /// Writes (or, when empty or nil, clears) a student's formative note in a column; the change
    /// goes into the history as a `note` row. Notes never touch entries, so never the average.
    ///
    /// - Returns: false when the note was already so.
    @discardableResult
    public func setNote(columnID: Int, studentID: Int, to note: FormativeNote?) throws -> Bool {
        try write(needing: nil) { history in
            guard let column = try fetchColumn(id: columnID) else { throw StoreError.noSuchColumn(columnID) }
            let old = try readNote(columnID: columnID, studentID: studentID)
            let new = note.flatMap { $0.isEmpty ? nil : $0 }
            guard old != new else { return false }
            try history.check(.lesson(column.date, classID: column.classID))
            if let new {
                try connection.run("""
                    INSERT INTO formative_notes(column_id, student_id, worked, next_step, self_assessment, level, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(column_id, student_id) DO UPDATE SET worked = excluded.worked,
                        next_step = excluded.next_step, self_assessment = excluded.self_assessment,
                        level = excluded.level, updated_at = excluded.updated_at
                    """, columnID, studentID, new.worked, new.nextStep, new.selfAssessment?.rawValue,
                    new.level?.rawValue, history.at)
            } else {
                try connection.run("DELETE FROM formative_notes WHERE column_id = ? AND student_id = ?", columnID, studentID)
            }
            try history.append(.note, classID: column.classID, subjectID: column.subjectID, columnID: columnID,
                               studentID: studentID, old: old.map(FormativeNoteText.encode),
                               new: new.map(FormativeNoteText.encode))
            return true
        }
    }

    /// A student's note in a column, nil when there is none.
    public func note(columnID: Int, studentID: Int) throws -> FormativeNote? {
        try read { try readNote(columnID: columnID, studentID: studentID) }
    }

    /// Every note of a column, by student id.
    public func notes(columnID: Int) throws -> [Int: FormativeNote] {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT student_id, worked, next_step, self_assessment, level FROM formative_notes WHERE column_id = ?
                """)
            try statement.bind(columnID, at: 1)
            var notes: [Int: FormativeNote] = [:]
            try statement.forEachRow { notes[$0.int("student_id")] = Self.note($0) }
            return notes
        }
    }

    /// The cells of a class and subject that hold a note, for the grid's marker.
    public func notedCells(classID: Int, subjectID: Int) throws -> Set<CellKey> {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT n.column_id, n.student_id FROM formative_notes n JOIN lesson_columns c ON c.id = n.column_id
                WHERE c.class_id = ? AND c.subject_id = ?
                """)
            try statement.bind(classID, at: 1)
            try statement.bind(subjectID, at: 2)
            let at = (column: statement.column("column_id"), student: statement.column("student_id"))
            return Set(try statement.map { CellKey(columnID: $0.int(at.column), studentID: $0.int(at.student)) })
        }
    }

    /// Puts back one `note` history value (undo and redo).
    func restoreNote(_ row: HistoryRecord, value: String?) throws {
        guard let columnID = row.columnID, let studentID = row.studentID else { return }
        _ = try setNote(columnID: columnID, studentID: studentID, to: value.flatMap(FormativeNoteText.decode))
    }

    private func readNote(columnID: Int, studentID: Int) throws -> FormativeNote? {
        let statement = try connection.cachedStatement("""
            SELECT worked, next_step, self_assessment, level FROM formative_notes WHERE column_id = ? AND student_id = ?
            """)
        try statement.bind(columnID, at: 1)
        try statement.bind(studentID, at: 2)
        return try statement.first { Self.note($0) }
    }

    /// Decodes a row holding `worked`, `next_step`, `self_assessment` and `level`.
    static func note(_ row: Statement) -> FormativeNote {
        FormativeNote(worked: row.string("worked"), nextStep: row.string("next_step"),
                      selfAssessment: row.optionalString("self_assessment").flatMap(SelfAssessment.init(rawValue:)),
                      level: row.optionalString("level").flatMap(AchievementLevel.init(rawValue:)))
    }
}

/// A formative note as one history value: JSON with sorted keys.
public enum FormativeNoteText {
    private struct Fields: Codable {
        var worked: String
        var next: String
        var self_assessment: String?
        var level: String?
    }

    /// The note's history text.
    public static func encode(_ note: FormativeNote) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let fields = Fields(worked: note.worked, next: note.nextStep, self_assessment: note.selfAssessment?.rawValue,
                            level: note.level?.rawValue)
        return (try? encoder.encode(fields)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The note of a history text, nil when it is not one.
    public static func decode(_ text: String) -> FormativeNote? {
        guard let fields = try? JSONDecoder().decode(Fields.self, from: Data(text.utf8)) else { return nil }
        return FormativeNote(worked: fields.worked, nextStep: fields.next,
                             selfAssessment: fields.self_assessment.flatMap(SelfAssessment.init(rawValue:)),
                             level: fields.level.flatMap(AchievementLevel.init(rawValue:)))
    }
}

/// A student's formative note with the lesson it belongs to, for the card's timeline.
public struct DatedNote: Hashable, Sendable {
    public let columnID: Int
    public let subjectID: Int
    public let date: LocalDate
    public let note: FormativeNote
}

extension Journal {
    /// Every note of a student, oldest first.
    public func notes(studentID: Int) throws -> [DatedNote] {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT n.column_id, c.subject_id, c.date, n.worked, n.next_step, n.self_assessment, n.level
                FROM formative_notes n JOIN lesson_columns c ON c.id = n.column_id
                WHERE n.student_id = ? ORDER BY c.date, c.position
                """)
            try statement.bind(studentID, at: 1)
            return try statement.map { row in
                DatedNote(columnID: row.int("column_id"), subjectID: row.int("subject_id"),
                          date: LocalDate(parsing: row.string("date")) ?? LocalDate(year: 1970, month: 1, day: 1)!,
                          note: Self.note(row))
            }
        }
    }
}
