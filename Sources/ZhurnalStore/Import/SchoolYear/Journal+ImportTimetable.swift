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
            let lookup = try ClassSubjectLookup(self)
            for row in rows {
                switch TimetableRow.parse(row) {
                case .failure(let problem):
                    problems.append(ImportRowError(line: row.line, problem: problem))
                case .success(let record):
                    guard let (schoolClass, subject) = lookup.pair(className: record.className, subject: record.subject,
                                                                   line: row.line, problems: &problems) else { continue }
                    guard seen.insert("\(schoolClass.id) \(record.weekday) \(record.lesson)").inserted else {
                        problems.append(ImportRowError(line: row.line, problem: .duplicateLesson(
                            className: schoolClass.name, weekday: record.weekday, lesson: record.lesson)))
                        continue
                    }
                    byClass[schoolClass.id, default: []].append(
                        TimetableLesson(weekday: record.weekday, lesson: record.lesson, subject: subject.id))
                }
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
        guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
        do {
            return try write { _ in
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
