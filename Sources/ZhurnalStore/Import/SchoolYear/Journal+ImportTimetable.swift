import ZhurnalCore

extension Journal {
    /// Replaces the timetables of the classes a timetable file lists (all or nothing). Classes and
    /// subjects must exist; each subject joins its class's curriculum.
    public func importTimetable(_ bytes: [UInt8]) throws(ImportFailure) -> TimetableImportResult {
        let rows = try CSVImportFile.rows(bytes, required: TimetableRow.required, optional: [])
        var problems: [ImportRowError] = []
        var byClass: [Int: [TimetableLesson]] = [:]
        var seen = Set<String>()
        do {
            let classes = Dictionary(try self.classes().map { (Self.nameKey($0.name), $0) }) { a, _ in a }
            let subjects = Dictionary(try self.subjects().map { (Self.nameKey($0.name), $0.id) }) { a, _ in a }
            for row in rows {
                switch TimetableRow.parse(row) {
                case .failure(let problem):
                    problems.append(ImportRowError(line: row.line, problem: problem))
                case .success(let record):
                    guard let schoolClass = classes[Self.nameKey(record.className)] else {
                        problems.append(ImportRowError(line: row.line, problem: .unknownClass(record.className)))
                        continue
                    }
                    guard let subjectID = subjects[Self.nameKey(record.subject)] else {
                        problems.append(ImportRowError(line: row.line, problem: .unknownSubject(record.subject)))
                        continue
                    }
                    guard seen.insert("\(schoolClass.id) \(record.weekday) \(record.lesson)").inserted else {
                        problems.append(ImportRowError(line: row.line, problem: .duplicateLesson(
                            className: schoolClass.name, weekday: record.weekday, lesson: record.lesson)))
                        continue
                    }
                    byClass[schoolClass.id, default: []].append(
                        TimetableLesson(weekday: record.weekday, lesson: record.lesson, subject: subjectID))
                }
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
        guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
        do {
            return try write(needing: .school) { _ in
                for (classID, lessons) in byClass {
                    guard let timetable = Timetable(lessons) else { continue }
                    try replaceTimetable(classID: classID, timetable)
                }
                return TimetableImportResult(classes: byClass.count, lessons: byClass.values.map(\.count).reduce(0, +))
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }
}
