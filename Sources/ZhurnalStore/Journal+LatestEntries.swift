import ZhurnalCore

extension Journal {
    /// A student's filled cells of a class and subject dated within `dates`, newest first, read
    /// only until they hold `marks` numeric marks (or the range runs out). Reports that look at a
    /// recent window use it to reach back for the last few marks without reading the whole year.
    public func latestEntries(classID: Int, subjectID: Int, studentID: Int, dates: ClosedRange<LocalDate>,
                              marks: Int) throws -> [(column: LessonColumn, entry: Entry)] {
        guard marks > 0 else { return [] }
        return try read {
            let statement = try connection.cachedStatement("""
                SELECT c.id, c.class_id, c.subject_id, c.date, c.kind_code, c.weight_hundredths, c.topic, c.position,
                       c.lesson, c.homework, c.topic_from_plan, e.value
                FROM lesson_columns c JOIN entries e ON e.column_id = c.id AND e.student_id = ?3
                WHERE c.class_id = ?1 AND c.subject_id = ?2 AND c.date BETWEEN ?4 AND ?5
                ORDER BY c.date DESC, c.position DESC, c.id DESC
                """)
            defer { statement.reset() }
            try statement.bind(classID, at: 1)
            try statement.bind(subjectID, at: 2)
            try statement.bind(studentID, at: 3)
            try Self.bind(dates, to: statement, at: 4)
            let at = LessonColumnIndexes(statement), value = statement.column("value")
            var found: [(column: LessonColumn, entry: Entry)] = []
            var count = 0
            while count < marks, try statement.step() {
                guard let entry = Entry(stored: statement.string(value)) else { continue }
                found.append((Self.column(statement, at: at), entry))
                count += entry.numericMarks.count
            }
            return found
        }
    }
}
