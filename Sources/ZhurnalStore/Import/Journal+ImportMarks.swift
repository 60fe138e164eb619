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

    private func write(_ plan: MarksPlan) throws -> MarksImportResult {
        try bulkWrite { writer in
            let existing = try existingColumns(for: plan)
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
                columnIDs.append(try existing[key] ?? writer.addColumn(classID: column.classID, subjectID: subjectID,
                                                                       date: column.date, kindCode: column.kindCode,
                                                                       weight: column.weight))
            }
            var written = 0
            for cell in plan.cellsByColumn
            where try writer.setEntry(columnID: columnIDs[Int(cell.column)], studentID: cell.studentID,
                                      to: plan.values[Int(cell.value)]) {
                written += 1
            }
            return MarksImportResult(entries: written, columns: plan.columns.count)
        }
    }

    private struct ExistingColumnKey: Hashable {
        var classID: Int
        var subjectID: Int
        var date: LocalDate
        var kindCode: String
    }

    /// The journal's columns on the plan's dates: for each class, subject, date and kind the
    /// first by position, which a row of that column reuses.
    private func existingColumns(for plan: MarksPlan) throws -> [ExistingColumnKey: Int] {
        guard let first = plan.columns.map(\.date).min(), let last = plan.columns.map(\.date).max() else { return [:] }
        var found: [ExistingColumnKey: Int] = [:]
        for column in try columns(dates: first...last) {
            let key = ExistingColumnKey(classID: column.classID, subjectID: column.subjectID, date: column.date,
                                        kindCode: column.kindCode)
            if found[key] == nil { found[key] = column.id }
        }
        return found
    }
}
