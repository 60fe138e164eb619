import CSQLite
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
    ///
    /// The file is read as a stream: every row is checked and only a compact plan is kept; when
    /// no row is bad, the plan is written in one transaction.
    public func importMarks(_ input: CSVInput, kinds: [WorkKind]) throws(ImportFailure) -> MarksImportResult {
        var stream = try CSVStream(input)
        let map: CSVHeaderMap
        do {
            map = try CSVHeaderMap(header: stream.header, required: MarksFileCheck.required, optional: MarksFileCheck.optional,
                                   ignoringUnknown: true)
        } catch {
            throw ImportFailure.header(error)
        }
        var check: MarksFileCheck
        do {
            check = try MarksFileCheck(journal: self, kinds: kinds, header: map)
            while try stream.next() {
                let record = stream.record
                if !record.isBlank { try check.check(record) }
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
        guard check.problems.isEmpty else { throw ImportFailure.badRows(check.problems) }
        do {
            return try write(check.plan)
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }

    /// Writes the entries of a marks file's bytes; see `importMarks(_:kinds:)`.
    public func importMarks(_ bytes: [UInt8], kinds: [WorkKind]) throws(ImportFailure) -> MarksImportResult {
        try importMarks(CSVInput(bytes: bytes), kinds: kinds)
    }

    /// Writes the plan in one transaction. SQLite's foreign key checks are off for it: the plan's
    /// classes and students are checked once inside the transaction instead of on every insert.
    private func write(_ plan: MarksPlan) throws -> MarksImportResult {
        try withoutForeignKeyChecks {
            try bulkWrite { writer in
                try checkReferences(of: plan)
                let dates = plan.dates
                let existing = try dates.map { try columns(dates: $0) } ?? []
                if let dates { writer.know(columns: existing, within: dates) }
                let reused = Self.firstByKey(existing)
                var subjects: [String: Int] = [:]
                var columnIDs: [Int] = []
                columnIDs.reserveCapacity(plan.columns.count)
                for column in plan.columns {
                    let subjectID: Int
                    if let known = subjects[column.subject] {
                        subjectID = known
                    } else {
                        subjectID = try findOrCreateSubject(named: column.subject).id
                        subjects[column.subject] = subjectID
                    }
                    let key = ExistingColumnKey(classID: column.classID, subjectID: subjectID, date: column.date,
                                                kindCode: column.kindCode)
                    columnIDs.append(try reused[key] ?? writer.addColumn(classID: column.classID, subjectID: subjectID,
                                                                         date: column.date, kindCode: column.kindCode,
                                                                         weight: column.weight))
                }
                let values = plan.values.map(\.description)
                var written = 0
                for cell in plan.cellsByColumn
                where try writer.setEntry(columnID: columnIDs[Int(cell.column)], studentID: cell.studentID,
                                          value: values[Int(cell.value)]) {
                    written += 1
                }
                return MarksImportResult(entries: written, columns: plan.columns.count)
            }
        }
    }

    /// Runs `body` with `PRAGMA foreign_keys` off, then on again.
    private func withoutForeignKeyChecks<T>(_ body: () throws -> T) throws -> T {
        try connection.execute("PRAGMA foreign_keys = OFF")
        defer { try? connection.execute("PRAGMA foreign_keys = ON") }
        return try body()
    }

    /// Throws when a class or student of the plan is no longer in the journal.
    private func checkReferences(of plan: MarksPlan) throws {
        for (table, ids) in [("classes", plan.classIDs), ("students", plan.studentIDs)] {
            let statement = try connection.cachedStatement("SELECT 1 FROM \(table) WHERE id = ?")
            for id in ids {
                try statement.bind(id, at: 1)
                guard try statement.first({ _ in true }) != nil else {
                    throw SQLiteError(code: SQLITE_CONSTRAINT | 3 << 8, message: "FOREIGN KEY constraint failed")  // SQLITE_CONSTRAINT_FOREIGNKEY
                }
            }
        }
    }

    private struct ExistingColumnKey: Hashable {
        var classID: Int
        var subjectID: Int
        var date: LocalDate
        var kindCode: String
    }

    /// For each class, subject, date and kind the first of `columns` (by date and position),
    /// which a row of that column reuses.
    private static func firstByKey(_ columns: [LessonColumn]) -> [ExistingColumnKey: Int] {
        var found: [ExistingColumnKey: Int] = [:]
        for column in columns {
            let key = ExistingColumnKey(classID: column.classID, subjectID: column.subjectID, date: column.date,
                                        kindCode: column.kindCode)
            if found[key] == nil { found[key] = column.id }
        }
        return found
    }
}
