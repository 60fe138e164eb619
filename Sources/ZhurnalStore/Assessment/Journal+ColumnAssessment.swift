import ZhurnalCore

/// What a column carries besides its entries — its rubric, level and outcome tags, and the
/// students' formative notes and rubric points — kept in the history when the column is deleted
/// and put back when the deletion is undone, so deleting a column never loses a teacher's notes.
extension Journal {
    /// Appends the column's assessment data as old values to the deletion's history (before the
    /// rows go with the column).
    func recordAssessment(ofDeleted column: LessonColumn, history: HistoryWriter) throws {
        let tags = ColumnTags(rubricID: try connection.scalarInt(
                                  "SELECT rubric_id FROM column_rubrics WHERE column_id = ?", column.id),
                              level: try level(ofColumn: column.id),
                              outcomes: try outcomeTags(columnID: column.id))
        if !tags.isEmpty {
            try history.append(.columnTags, classID: column.classID, subjectID: column.subjectID, columnID: column.id,
                               old: tags.encoded, new: nil)
        }
        for (studentID, note) in try notes(columnID: column.id).sorted(by: { $0.key < $1.key }) {
            try history.append(.note, classID: column.classID, subjectID: column.subjectID, columnID: column.id,
                               studentID: studentID, old: FormativeNoteText.encode(note), new: nil)
        }
        for (studentID, points) in try rubricPoints(columnID: column.id).sorted(by: { $0.key < $1.key }) {
            for (criterion, value) in points.sorted(by: { $0.key < $1.key }) {
                try history.append(.rubricScore, classID: column.classID, subjectID: column.subjectID,
                                   columnID: column.id, studentID: studentID, old: String(value), new: nil,
                                   reason: criterion)
            }
        }
    }

    /// Puts back what `recordAssessment(ofDeleted:history:)` kept for the deletion `operation`;
    /// a rubric or an outcome removed from the catalogue since is left out.
    func restoreAssessment(ofColumn column: LessonColumn, operation: Int, history: HistoryWriter) throws {
        let kept = try self.history(where: "column_id = ? AND operation = ? AND kind IN ('column_tags', 'note', 'rubric_score') ORDER BY id",
                                    column.id, operation)
        for row in kept {
            guard let value = row.oldValue else { continue }
            switch row.kind {
            case .columnTags:
                guard let tags = ColumnTags(encoded: value) else { continue }
                try connection.run("""
                    INSERT INTO column_rubrics(column_id, rubric_id) SELECT ?, id FROM rubrics WHERE id = ?
                    """, column.id, tags.rubricID)
                if let level = tags.level {
                    try connection.run("INSERT INTO column_levels(column_id, level) VALUES (?, ?)", column.id, level.rawValue)
                }
                for code in tags.outcomes {
                    try connection.run("""
                        INSERT INTO column_outcomes(column_id, outcome_code) SELECT ?, code FROM outcomes WHERE code = ?
                        """, column.id, code)
                }
            case .note:
                guard let studentID = row.studentID, let note = FormativeNoteText.decode(value) else { continue }
                try connection.run("""
                    INSERT INTO formative_notes(column_id, student_id, worked, next_step, self_assessment, level, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, column.id, studentID, note.worked, note.nextStep, note.selfAssessment?.rawValue,
                    note.level?.rawValue, history.at)
                try history.append(.note, classID: column.classID, subjectID: column.subjectID, columnID: column.id,
                                   studentID: studentID, old: nil, new: value)
            case .rubricScore:
                guard let studentID = row.studentID, let criterion = row.reason, Int(value) != nil else { continue }
                _ = try setRubricPoint(columnID: column.id, studentID: studentID, criterion: criterion,
                                       to: Int(value), history: history)
            default:
                continue
            }
        }
    }
}

/// A deleted column's rubric, level and outcome tags as one history value:
/// `rubric=3`, `level=basic`, `outcomes=П1,К1`, one per line.
struct ColumnTags: Equatable {
    var rubricID: Int?
    var level: AchievementLevel?
    var outcomes: [String]

    var isEmpty: Bool { rubricID == nil && level == nil && outcomes.isEmpty }

    var encoded: String {
        var lines: [String] = []
        if let rubricID { lines.append("rubric=\(rubricID)") }
        if let level { lines.append("level=\(level.rawValue)") }
        if !outcomes.isEmpty { lines.append("outcomes=" + outcomes.joined(separator: ",")) }
        return lines.joined(separator: "\n")
    }

    init(rubricID: Int?, level: AchievementLevel?, outcomes: [String]) {
        self.rubricID = rubricID
        self.level = level
        self.outcomes = outcomes
    }

    init?(encoded: String) {
        self.init(rubricID: nil, level: nil, outcomes: [])
        for line in encoded.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return nil }
            switch parts[0] {
            case "rubric": rubricID = Int(parts[1])
            case "level": level = AchievementLevel(rawValue: parts[1])
            case "outcomes": outcomes = parts[1].split(separator: ",").map(String.init)
            default: return nil
            }
        }
    }
}
