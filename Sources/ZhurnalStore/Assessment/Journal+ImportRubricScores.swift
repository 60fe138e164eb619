import ZhurnalCore

extension Journal {
    /// Sets criteria points from a file (all or nothing) and derives each scored cell's mark;
    /// returns how many students' scores were written. Each row's column (class, subject, date,
    /// kind of work) must exist and have a rubric with the criterion.
    public func importRubricScores(_ bytes: [UInt8], kinds: [WorkKind]) throws(ImportFailure) -> Int {
        let rows = try CSVImportFile.rows(bytes, required: RubricScoreRow.required, optional: [])
        var problems: [ImportRowError] = []
        var scores: [CellKey: [String: Int?]] = [:]
        var order: [CellKey] = []
        do {
            var directory = try StudentDirectory(journal: self)
            let subjectIDs = Dictionary(try subjects().map { (StudentDirectory.key($0.name), $0.id) }) { a, _ in a }
            var rubrics: [Int: Rubric?] = [:]
            for row in rows {
                let record: RubricScoreRow
                switch RubricScoreRow.parse(row, kinds: kinds) {
                case .failure(let problem):
                    problems.append(ImportRowError(line: row.line, problem: problem))
                    continue
                case .success(let parsed): record = parsed
                }
                guard let subjectID = subjectIDs[StudentDirectory.key(record.subject)] else {
                    problems.append(ImportRowError(line: row.line, problem: .unknownSubject(record.subject)))
                    continue
                }
                let student: Student
                switch try directory.student(named: record.student, inClass: record.className) {
                case .failure(let problem):
                    problems.append(ImportRowError(line: row.line, problem: problem))
                    continue
                case .success(let found): student = found
                }
                guard let column = try columns(classID: student.classID, subjectID: subjectID, dates: record.date...record.date)
                    .first(where: { $0.kindCode == record.kindCode }) else {
                    problems.append(ImportRowError(line: row.line, problem: .noColumn(date: record.date.description,
                                                                                      work: row[.work] ?? "")))
                    continue
                }
                if rubrics[column.id] == nil { rubrics[column.id] = try rubric(columnID: column.id)?.rubric }
                guard let rubric = rubrics[column.id] ?? nil else {
                    problems.append(ImportRowError(line: row.line, problem: .noRubric(date: record.date.description,
                                                                                      work: row[.work] ?? "")))
                    continue
                }
                guard let criterion = rubric.criterion(record.criterion) else {
                    problems.append(ImportRowError(line: row.line, problem: .unknownCriterion(record.criterion)))
                    continue
                }
                if let points = record.points, points > criterion.maxPoints {
                    problems.append(ImportRowError(line: row.line, problem: .badPoints(String(points))))
                    continue
                }
                let key = CellKey(columnID: column.id, studentID: student.id)
                if scores[key] == nil { order.append(key) }
                if scores[key]?.keys.contains(record.criterion) == true {
                    problems.append(ImportRowError(line: row.line, problem: .duplicateStudent(record.student)))
                    continue
                }
                scores[key, default: [:]][record.criterion] = .some(record.points)
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
        guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
        do {
            return try atomically {
                for key in order {
                    try scoreRubric(columnID: key.columnID, studentID: key.studentID, points: scores[key] ?? [:])
                }
                return order.count
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }
}
