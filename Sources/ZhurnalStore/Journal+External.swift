import ZhurnalCore

extension Journal {
    /// The names of the external procedures stored, in order.
    public func externalProcedures() throws -> [String] {
        try read {
            try connection.cachedStatement("SELECT DISTINCT procedure FROM external_results ORDER BY procedure").map { $0.string(0) }
        }
    }

    /// Every stored result of a procedure (its name exactly as stored), by class, subject and
    /// the order the students were entered.
    public func externalResults(procedure: String) throws -> [ExternalResult] {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT e.procedure, s.class_id, e.subject_id, e.student_id, e.date, e.score, e.mark
                FROM external_results e JOIN students s ON s.id = e.student_id
                WHERE e.procedure = ? ORDER BY s.class_id, e.subject_id, s.position
                """)
            try statement.bind(procedure, at: 1)
            return try statement.map {
                ExternalResult(procedure: $0.string(0), classID: $0.int(1), subjectID: $0.int(2), studentID: $0.int(3),
                               date: LocalDate(parsing: $0.string(4)) ?? LocalDate(dayNumber: 0), score: $0.optionalInt(5),
                               mark: $0.int(6))
            }
        }
    }
}
