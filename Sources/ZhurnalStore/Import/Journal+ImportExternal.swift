import ZhurnalCore

extension Journal {
    /// Stores the results of an external-procedure file (all or nothing); a result already stored
    /// for the same procedure, subject and student is replaced. Classes, subjects and students
    /// must exist. With a points→mark scale an empty mark is taken from the score. Returns how
    /// many results were stored.
    public func importExternal(_ bytes: [UInt8], scale: PointsScale? = nil) throws(ImportFailure) -> Int {
        let rows = try CSVImportFile.rows(bytes, required: ExternalRow.required, optional: ExternalRow.optional)
        var problems: [ImportRowError] = []
        var results: [ExternalResult] = []
        var seen = Set<String>()
        do {
            var directory = try StudentDirectory(journal: self)
            let subjectIDs = Dictionary(try subjects().map { (StudentDirectory.key($0.name), $0.id) }) { a, _ in a }
            for row in rows {
                switch ExternalRow.parse(row, scale: scale) {
                case .failure(let problem):
                    problems.append(ImportRowError(line: row.line, problem: problem))
                case .success(let record):
                    guard let subjectID = subjectIDs[StudentDirectory.key(record.subject)] else {
                        problems.append(ImportRowError(line: row.line, problem: .unknownSubject(record.subject)))
                        continue
                    }
                    switch try directory.student(named: record.student, inClass: record.className) {
                    case .failure(let problem):
                        problems.append(ImportRowError(line: row.line, problem: problem))
                    case .success(let student):
                        guard seen.insert("\(StudentDirectory.key(record.procedure)) \(subjectID) \(student.id)").inserted else {
                            problems.append(ImportRowError(line: row.line, problem: .duplicateStudent(record.student)))
                            continue
                        }
                        results.append(ExternalResult(procedure: record.procedure, classID: student.classID, subjectID: subjectID,
                                                      studentID: student.id, date: record.date, score: record.score,
                                                      mark: record.mark))
                    }
                }
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
        guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
        do {
            try saveExternalResults(results)
            return results.count
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }

    /// Stores external results in one transaction; a result already stored for the same
    /// procedure, subject and student is replaced.
    public func saveExternalResults(_ results: [ExternalResult]) throws {
        try write { _ in
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
