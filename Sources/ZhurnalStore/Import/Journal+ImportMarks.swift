import ZhurnalCore

/// What a marks import wrote.
public struct MarksImportResult: Equatable, Sendable {
    /// Cells set (new or changed).
    public var entries: Int
    /// Lesson columns the file's rows form.
    public var columns: Int
}

extension Journal {
    /// Writes the entries of a marks file (all or nothing). Rows with the same class, subject,
    /// date and work form one lesson column; an existing column with those is reused. Subjects
    /// are created when new; classes and students must exist.
    public func importMarks(_ bytes: [UInt8], kinds: [WorkKind]) throws(ImportFailure) -> MarksImportResult {
        let rows = try CSVImportFile.rows(bytes, required: MarkRow.required, optional: MarkRow.optional)
        var problems: [ImportRowError] = []
        var plan = MarksPlan()
        do {
            var directory = try StudentDirectory(journal: self)
            var lookup = WorkKindLookup(kinds)
            for row in rows {
                switch MarkRow.parse(row, kinds: &lookup) {
                case .failure(let problem):
                    problems.append(ImportRowError(line: row.line, problem: problem))
                case .success(let record):
                    switch try directory.student(named: record.student, inClass: record.className) {
                    case .failure(let problem):
                        problems.append(ImportRowError(line: row.line, problem: problem))
                    case .success(let student):
                        if let problem = plan.add(record, classID: student.classID, studentID: student.id) {
                            problems.append(ImportRowError(line: row.line, problem: problem))
                        }
                    }
                }
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
        guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
        do {
            return try write(plan)
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }

    private func write(_ plan: MarksPlan) throws -> MarksImportResult {
        try bulkWrite { writer in
            var subjects: [String: Int] = [:]
            var written = 0
            for column in plan.columns {
                let subjectID: Int
                if let known = subjects[column.subject] {
                    subjectID = known
                } else {
                    subjectID = try findOrCreateSubject(named: column.subject).id
                    subjects[column.subject] = subjectID
                }
                let existing = try columns(classID: column.classID, subjectID: subjectID, dates: column.date...column.date)
                    .first { $0.kindCode == column.kindCode }
                let columnID = try existing?.id ?? writer.addColumn(classID: column.classID, subjectID: subjectID,
                                                                   date: column.date, kindCode: column.kindCode,
                                                                   weight: column.weight)
                for (studentID, entry) in column.entries
                where try writer.setEntry(columnID: columnID, studentID: studentID, to: entry) {
                    written += 1
                }
            }
            return MarksImportResult(entries: written, columns: plan.columns.count)
        }
    }
}

/// The lesson columns a marks file forms, in file order, with their cells.
struct MarksPlan {
    struct Column {
        var classID: Int
        var subject: String
        var date: LocalDate
        var kindCode: String
        var weight: Weight?
        var entries: [(studentID: Int, entry: Entry)] = []
        var students: Set<Int> = []
    }

    private(set) var columns: [Column] = []
    private var index: [String: Int] = [:]
    /// Folded subject names by the name exactly as written.
    private var subjectKeys: [String: String] = [:]

    /// Adds a row; returns the problem when the student already has an entry in that column.
    mutating func add(_ record: MarkRow, classID: Int, studentID: Int) -> ImportProblem? {
        let subjectKey = subjectKeys[record.subject] ?? StudentDirectory.key(record.subject)
        subjectKeys[record.subject] = subjectKey
        let key = "\(classID)\t\(subjectKey)\t\(record.date.iso)\t\(record.kindCode)"
        let position: Int
        if let known = index[key] {
            position = known
        } else {
            position = columns.count
            index[key] = position
            columns.append(Column(classID: classID, subject: record.subject, date: record.date,
                                  kindCode: record.kindCode, weight: record.weight))
        }
        guard columns[position].students.insert(studentID).inserted else {
            return .duplicateCell(student: record.student, date: record.date.russian, work: record.kindCode)
        }
        if let entry = record.entry {
            columns[position].entries.append((studentID, entry))
        }
        return nil
    }
}
