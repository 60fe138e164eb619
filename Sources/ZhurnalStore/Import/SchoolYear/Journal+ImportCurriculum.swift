import ZhurnalCore

extension Journal {
    /// Puts the class-subject pairs of a curriculum file into the curriculum (all or nothing),
    /// creating classes and subjects that are missing; pairs already there get the file's teacher
    /// and hours.
    public func importCurriculum(_ bytes: [UInt8]) throws(ImportFailure) -> CurriculumImportResult {
        let rows = try CSVImportFile.rows(bytes, required: CurriculumRow.required, optional: CurriculumRow.optional)
        var records: [CurriculumRow] = [], problems: [ImportRowError] = []
        var seen = Set<String>()
        for row in rows {
            switch CurriculumRow.parse(row) {
            case .failure(let problem):
                problems.append(ImportRowError(line: row.line, problem: problem))
            case .success(let record):
                if seen.insert("\(Self.nameKey(record.className))\t\(Self.nameKey(record.subject))").inserted {
                    records.append(record)
                } else {
                    problems.append(ImportRowError(line: row.line, problem: .duplicatePair(className: record.className,
                                                                                          subject: record.subject)))
                }
            }
        }
        guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
        do {
            return try write(needing: .school) { _ in
                var result = CurriculumImportResult()
                var classes = Dictionary(try self.classes().map { (Self.nameKey($0.name), $0.id) }) { a, _ in a }
                var subjects = Dictionary(try self.subjects().map { (Self.nameKey($0.name), $0.id) }) { a, _ in a }
                for record in records {
                    let classKey = Self.nameKey(record.className), subjectKey = Self.nameKey(record.subject)
                    if classes[classKey] == nil {
                        classes[classKey] = try createClass(named: record.className).id
                        result.classesCreated += 1
                    }
                    if subjects[subjectKey] == nil {
                        subjects[subjectKey] = try createSubject(named: record.subject).id
                        result.subjectsCreated += 1
                    }
                    guard let classID = classes[classKey], let subjectID = subjects[subjectKey] else { continue }
                    try upsertCurriculum(classID: classID, subjectID: subjectID, teacher: record.teacher, hours: record.hours)
                    result.pairs += 1
                }
                return result
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }
}
