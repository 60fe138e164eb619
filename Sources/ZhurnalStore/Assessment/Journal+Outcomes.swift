import ZhurnalCore

extension Journal {
    /// Adds or renames an outcome of the catalogue.
    public func saveOutcome(_ outcome: Outcome) throws {
        try write(needing: .catalogue) { _ in
            try connection.run("""
                INSERT INTO outcomes(code, name, type) VALUES (?, ?, ?)
                ON CONFLICT(code) DO UPDATE SET name = excluded.name, type = excluded.type
                """, outcome.code, outcome.name, outcome.type.rawValue)
        }
    }

    /// The catalogue, by code.
    public func outcomes() throws -> [Outcome] {
        try read {
            try connection.cachedStatement("SELECT code, name, type FROM outcomes ORDER BY code").map {
                Outcome(code: $0.string("code"), name: $0.string("name"), type: OutcomeType(rawValue: $0.string("type")) ?? .subject)
            }
        }
    }

    /// Sets the outcomes a column is tagged with (codes must be in the catalogue).
    public func tagColumn(_ columnID: Int, outcomes codes: [String]) throws {
        try write(needing: nil) { history in
            try checkLesson(columnID: columnID, history: history)
            try connection.run("DELETE FROM column_outcomes WHERE column_id = ?", columnID)
            for code in Set(codes) {
                try connection.run("INSERT INTO column_outcomes(column_id, outcome_code) VALUES (?, ?)", columnID, code)
            }
        }
    }

    /// Marks a column базовый or повышенный, or with nil neither.
    public func setLevel(_ level: AchievementLevel?, ofColumn columnID: Int) throws {
        try write(needing: nil) { history in
            try checkLesson(columnID: columnID, history: history)
            if let level {
                try connection.run("""
                    INSERT INTO column_levels(column_id, level) VALUES (?, ?)
                    ON CONFLICT(column_id) DO UPDATE SET level = excluded.level
                    """, columnID, level.rawValue)
            } else {
                try connection.run("DELETE FROM column_levels WHERE column_id = ?", columnID)
            }
        }
    }

    /// The level of a column, nil when it has none.
    public func level(ofColumn columnID: Int) throws -> AchievementLevel? {
        try read {
            let statement = try connection.cachedStatement("SELECT level FROM column_levels WHERE column_id = ?")
            try statement.bind(columnID, at: 1)
            return try statement.first { AchievementLevel(rawValue: $0.string("level")) } ?? nil
        }
    }

    /// What a student's work says about each outcome: points on tagged criteria (over the works
    /// the student was scored in), entries in tagged columns with their weights (`kinds` give the
    /// default weights), levels of notes in tagged columns.
    public func outcomeEvidence(studentID: Int, kinds: [WorkKind]) throws -> [String: OutcomeEvidence] {
        var evidence: [String: OutcomeEvidence] = [:]
        try read {
            let scored = try connection.cachedStatement("""
                SELECT s.column_id, r.definition FROM rubric_scores s
                JOIN column_rubrics c ON c.column_id = s.column_id JOIN rubrics r ON r.id = c.rubric_id
                WHERE s.student_id = ? GROUP BY s.column_id
                """)
            try scored.bind(studentID, at: 1)
            let works = try scored.map { ($0.int("column_id"), $0.string("definition")) }
            for (columnID, definition) in works {
                guard let rubric = try? RubricJSON.decode(Array(definition.utf8)) else { continue }
                let points = try rubricPoints(columnID: columnID)[studentID] ?? [:]
                for criterion in rubric.criteria {
                    guard let code = criterion.outcome else { continue }
                    evidence[code, default: OutcomeEvidence()].earned += points[criterion.code] ?? 0
                    evidence[code, default: OutcomeEvidence()].available += criterion.maxPoints
                }
            }
            let tagged = try connection.cachedStatement("""
                SELECT t.outcome_code, c.kind_code, c.weight_hundredths, e.value, n.level
                FROM column_outcomes t JOIN lesson_columns c ON c.id = t.column_id
                LEFT JOIN entries e ON e.column_id = t.column_id AND e.student_id = ?1
                LEFT JOIN formative_notes n ON n.column_id = t.column_id AND n.student_id = ?1
                """)
            try tagged.bind(studentID, at: 1)
            try tagged.forEachRow { row in
                let code = row.string("outcome_code")
                let weight = row.optionalInt("weight_hundredths").flatMap { Weight(hundredths: $0) }
                    ?? kinds.kind(code: row.string("kind_code"))?.weight ?? Weight(1)
                if let entry = row.optionalString("value").flatMap({ Entry(stored: $0) }) {
                    evidence[code, default: OutcomeEvidence()].marks += entry.numericMarks.map { WeightedMark(mark: $0, weight: weight) }
                }
                if let level = row.optionalString("level").flatMap(AchievementLevel.init(rawValue:)) {
                    evidence[code, default: OutcomeEvidence()].levels.append(level)
                }
            }
        }
        return evidence
    }

    /// A student's marks in columns with a level, by level, with the columns' weights; with
    /// `subjectID`, only that subject's columns.
    public func marksByLevel(studentID: Int, kinds: [WorkKind], subjectID: Int? = nil) throws -> [AchievementLevel: [WeightedMark]] {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT l.level, c.kind_code, c.weight_hundredths, e.value FROM column_levels l
                JOIN lesson_columns c ON c.id = l.column_id
                JOIN entries e ON e.column_id = l.column_id AND e.student_id = ?1
                WHERE ?2 IS NULL OR c.subject_id = ?2
                """)
            try statement.bind(studentID, at: 1)
            try statement.bind(subjectID, at: 2)
            var marks: [AchievementLevel: [WeightedMark]] = [:]
            try statement.forEachRow { row in
                guard let level = AchievementLevel(rawValue: row.string("level")), let entry = Entry(stored: row.string("value")) else {
                    return
                }
                let weight = row.optionalInt("weight_hundredths").flatMap { Weight(hundredths: $0) }
                    ?? kinds.kind(code: row.string("kind_code"))?.weight ?? Weight(1)
                marks[level, default: []] += entry.numericMarks.map { WeightedMark(mark: $0, weight: weight) }
            }
            return marks
        }
    }
}

extension Journal {
    /// The outcome codes a column is tagged with, sorted.
    public func outcomeTags(columnID: Int) throws -> [String] {
        try read {
            let statement = try connection.cachedStatement(
                "SELECT outcome_code FROM column_outcomes WHERE column_id = ? ORDER BY outcome_code")
            try statement.bind(columnID, at: 1)
            return try statement.map { $0.string("outcome_code") }
        }
    }
}
