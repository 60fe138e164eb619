import ZhurnalCore

extension Journal {
    /// Stores the results of an external-procedure file (all or nothing); a result already stored
    /// for the same procedure, subject and student is replaced. Classes and students must exist;
    /// a subject the journal lacks is created, as `import marks` does. With a points→mark scale an empty mark is taken from the score. Returns how
    /// many results were stored.
    public func importExternal(_ bytes: [UInt8], scale: PointsScale? = nil) throws(ImportFailure) -> Int {
        let rows = try CSVImportFile.rows(bytes, required: ExternalRow.required, optional: ExternalRow.optional)
        var problems: [ImportRowError] = []
        var results: [(subject: String, result: ExternalResult)] = []
        var seen = Set<String>()
        do {
            var directory = try StudentDirectory(journal: self)
            for row in rows {
                switch ExternalRow.parse(row, scale: scale) {
                case .failure(let problem):
                    problems.append(ImportRowError(line: row.line, problem: problem))
                case .success(let record):
                    switch try directory.student(named: record.student, inClass: record.className) {
                    case .failure(let problem):
                        problems.append(ImportRowError(line: row.line, problem: problem))
                    case .success(let student):
                        guard seen.insert("\(NameFold.key(record.procedure)) \(NameFold.key(record.subject)) \(student.id)").inserted else {
                            problems.append(ImportRowError(line: row.line, problem: .duplicateStudent(record.student)))
                            continue
                        }
                        results.append((record.subject, ExternalResult(
                            procedure: record.procedure, classID: student.classID, subjectID: 0, studentID: student.id,
                            date: record.date, score: record.score, mark: record.mark)))
                    }
                }
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
        guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
        do {
            try connection.transaction {
                var subjectIDs = SubjectIDs(journal: self)
                try saveExternalResults(results.map { subject, result in
                    var result = result
                    result.subjectID = try subjectIDs.id(subject)
                    return result
                })
            }
            return results.count
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }

    /// Stores external results in one transaction; a result already stored for the same
    /// procedure, subject and student is replaced.
    public func saveExternalResults(_ results: [ExternalResult]) throws {
        try write(needing: .school) { _ in
            for result in results {
                try connection.run("""
                    INSERT INTO external_results(procedure, subject_id, student_id, date, score, mark)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(procedure, subject_id, student_id)
                    DO UPDATE SET date = excluded.date, score = excluded.score, mark = excluded.mark
                    """, result.procedure, result.subjectID, result.studentID, result.date.iso, result.score, result.mark)
            }
        }
    }
}
