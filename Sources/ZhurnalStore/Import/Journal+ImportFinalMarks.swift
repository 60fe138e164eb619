import ZhurnalCore

extension Journal {
    /// Sets the teacher's final marks of a file (all or nothing), each with its reason; returns
    /// how many marks changed. Classes, subjects and students must exist.
    public func importFinalMarks(_ bytes: [UInt8], termCount: Int) throws(ImportFailure) -> Int {
        let rows = try CSVImportFile.rows(bytes, required: FinalMarkRow.required, optional: FinalMarkRow.optional)
        var problems: [ImportRowError] = []
        var marks: [(studentID: Int, subjectID: Int, row: FinalMarkRow)] = []
        var seen = Set<String>()
        do {
            var directory = try StudentDirectory(journal: self)
            let subjectIDs = Dictionary(try subjects().map { (StudentDirectory.key($0.name), $0.id) }) { a, _ in a }
            for row in rows {
                switch FinalMarkRow.parse(row, termCount: termCount) {
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
                        if seen.insert("\(student.id) \(subjectID) \(record.term)").inserted {
                            marks.append((student.id, subjectID, record))
                        } else {
                            problems.append(ImportRowError(line: row.line, problem: .duplicateStudent(record.student)))
                        }
                    }
                }
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
        guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
        do {
            return try atomically {
                var changed = 0
                for mark in marks where try setFinalMark(studentID: mark.studentID, subjectID: mark.subjectID,
                                                         term: mark.row.term, to: mark.row.mark.description,
                                                         reason: mark.row.reason ?? "") {
                    changed += 1
                }
                return changed
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }
}
