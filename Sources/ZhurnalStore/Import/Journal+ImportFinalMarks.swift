import ZhurnalCore

extension Journal {
    /// Sets the teacher's final marks of a file (all or nothing), each with its reason; returns
    /// how many marks changed. Classes and students must exist; a subject the journal lacks is
    /// created, as `import marks` does. A row's term is a number of its class's calendar
    /// (`termCalendar(forClass:)`): 1–2 for a class on half-years, 1–4 on quarters.
    public func importFinalMarks(_ bytes: [UInt8]) throws(ImportFailure) -> Int {
        let rows = try CSVImportFile.rows(bytes, required: FinalMarkRow.required, optional: FinalMarkRow.optional)
        var problems: [ImportRowError] = []
        var marks: [(studentID: Int, row: FinalMarkRow)] = []
        var seen = Set<String>()
        do {
            var directory = try StudentDirectory(journal: self)
            let schoolTerms = try schoolSettings(today: today).calendar
            for row in rows {
                let termCount = try termCalendar(forClass: row[.class] ?? "", schoolTerms: schoolTerms).terms.count
                switch FinalMarkRow.parse(row, termCount: termCount) {
                case .failure(let problem):
                    problems.append(ImportRowError(line: row.line, problem: problem))
                case .success(let record):
                    switch try directory.student(named: record.student, inClass: record.className) {
                    case .failure(let problem):
                        problems.append(ImportRowError(line: row.line, problem: problem))
                    case .success(let student):
                        if seen.insert("\(student.id) \(NameFold.key(record.subject)) \(record.term)").inserted {
                            marks.append((student.id, record))
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
                var subjectIDs = SubjectIDs(journal: self)
                for mark in marks where try setFinalMark(studentID: mark.studentID, subjectID: subjectIDs.id(mark.row.subject),
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
