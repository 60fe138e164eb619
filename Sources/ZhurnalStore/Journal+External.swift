import ZhurnalCore

extension Journal {
    /// The names of the external procedures stored, in order.
    public func externalProcedures() throws -> [String] {
        try read {
            try connection.cachedStatement("SELECT DISTINCT procedure FROM external_results ORDER BY procedure").map { $0.string("procedure") }
        }
    }

    /// Every stored result of a procedure (its name exactly as stored), by class, subject and
    /// the students' journal order. A score outside 0…1000 (`ExternalRow.scores`; a file written
    /// before the bound, or by another program) reads as no score, so report sums cannot overflow.
    public func externalResults(procedure: String) throws -> [ExternalResult] {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT e.procedure, s.class_id, e.subject_id, e.student_id, e.date, e.score, e.mark
                FROM external_results e JOIN students s ON s.id = e.student_id
                WHERE e.procedure = ? ORDER BY s.class_id, e.subject_id, s.position
                """)
            try statement.bind(procedure, at: 1)
            let at = (procedure: statement.column("procedure"), classID: statement.column("class_id"),
                      subjectID: statement.column("subject_id"), studentID: statement.column("student_id"),
                      date: statement.column("date"), score: statement.column("score"), mark: statement.column("mark"))
            return try statement.map {
                ExternalResult(procedure: $0.string(at.procedure), classID: $0.int(at.classID), subjectID: $0.int(at.subjectID),
                               studentID: $0.int(at.studentID), date: LocalDate(parsing: $0.string(at.date)) ?? LocalDate(dayNumber: 0),
                               score: $0.optionalInt(at.score).flatMap { ExternalRow.scores.contains($0) ? $0 : nil },
                               mark: $0.int(at.mark))
            }
        }
    }
}
