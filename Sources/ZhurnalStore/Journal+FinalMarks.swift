import ZhurnalCore

extension Journal {
    /// The last day of term `number` in the calendar of the class `classID`; nil for the year
    /// (0) or a term the calendar lacks.
    private func termEnd(_ number: Int, classID: Int) throws -> LocalDate? {
        guard number > 0, let name = try classes().first(where: { $0.id == classID })?.name else { return nil }
        return try termCalendar(forClass: name).term(number: number)?.end
    }

    /// Sets (or with nil clears) a student's final mark for a subject and term (0 = year),
    /// recording the old and new value and the reason in the history. A term's mark is refused
    /// (`StoreError.notEnrolled`) for a student not in his class on the term's last day: one who
    /// left before it has no term mark, and a transferred student's is set in his new class.
    ///
    /// - Parameter value: the mark's canonical text (`5`, `н/а`, `осв`).
    /// - Returns: false when value and reason were already so (nothing written).
    @discardableResult
    public func setFinalMark(studentID: Int, subjectID: Int, term: Int, to value: String?,
                             reason: String = "") throws -> Bool {
        try write(needing: nil) { history in
            let lookup = try connection.cachedStatement("""
                SELECT s.class_id, f.value, f.reason FROM students s
                LEFT JOIN final_marks f ON f.student_id = s.id AND f.subject_id = ? AND f.term = ?
                WHERE s.id = ?
                """)
            try lookup.bind(subjectID, at: 1)
            try lookup.bind(term, at: 2)
            try lookup.bind(studentID, at: 3)
            guard let (classID, old, oldReason) = try lookup.first({
                ($0.int("class_id"), $0.optionalString("value"), $0.optionalString("reason"))
            }) else { throw StoreError.noSuchStudent(studentID) }
            if old == value, value == nil || oldReason == reason { return false }
            try history.check(.finalMark(term: term, classID: classID))
            if value != nil, let end = try termEnd(term, classID: classID) {
                try history.checkEnrolled(studentID: studentID, classID: classID, date: end)
            }
            if let value {
                try connection.run("""
                    INSERT INTO final_marks(student_id, subject_id, term, value, reason, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(student_id, subject_id, term)
                    DO UPDATE SET value = excluded.value, reason = excluded.reason, updated_at = excluded.updated_at
                    """, studentID, subjectID, term, value, reason, history.at)
            } else {
                try connection.run("DELETE FROM final_marks WHERE student_id = ? AND subject_id = ? AND term = ?",
                                   studentID, subjectID, term)
            }
            try history.append(.finalMark, classID: classID, subjectID: subjectID, studentID: studentID,
                               term: term, old: old, new: value, reason: reason)
            return true
        }
    }

    /// The final marks of a class in a subject for a term, in the order the students were entered.
    public func finalMarks(classID: Int, subjectID: Int, term: Int) throws -> [FinalMarkRecord] {
        try finalMarks(where: "s.class_id = ? AND f.subject_id = ? AND f.term = ?", classID, subjectID, term)
    }

    /// Every final mark of one student, by subject and term.
    public func finalMarks(studentID: Int) throws -> [FinalMarkRecord] {
        try finalMarks(where: "f.student_id = ?", studentID)
    }

    /// The final marks of a whole class for a term, every subject.
    public func finalMarks(classID: Int, term: Int) throws -> [FinalMarkRecord] {
        try finalMarks(where: "s.class_id = ? AND f.term = ?", classID, term)
    }

    private func finalMarks(where condition: String, _ arguments: (any SQLiteBindable)?...) throws -> [FinalMarkRecord] {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT f.student_id, f.subject_id, f.term, f.value, f.reason
                FROM final_marks f JOIN students s ON s.id = f.student_id
                WHERE \(condition)
                ORDER BY s.position, s.last_name, s.first_name, s.middle_name, s.id, f.subject_id, f.term
                """)
            try statement.bind(arguments)
            let at = (studentID: statement.column("student_id"), subjectID: statement.column("subject_id"),
                      term: statement.column("term"), value: statement.column("value"), reason: statement.column("reason"))
            return try statement.map {
                FinalMarkRecord(studentID: $0.int(at.studentID), subjectID: $0.int(at.subjectID), term: $0.int(at.term),
                                value: $0.string(at.value), reason: $0.string(at.reason))
            }
        }
    }
}
