import ZhurnalCore

extension Journal {
    /// Records the movements of a movements file in file order, all or nothing, in one write with
    /// their history rows. An arrival of a student not on the class's list adds him; a student
    /// named in a later row is found in the class he is in by then. Every row the journal refuses
    /// (no such class or student, not in the class that day, a later movement, marks after a
    /// departure) is listed by line and nothing is written.
    ///
    /// - Returns: the number of movements recorded.
    public func importMovements(_ bytes: [UInt8]) throws(ImportFailure) -> Int {
        let rows = try CSVImportFile.rows(bytes, required: MovementRow.required, optional: MovementRow.optional)
        var parsed: [MovementRow] = [], problems: [ImportRowError] = []
        for row in rows {
            switch MovementRow.parse(row) {
            case .success(let movement): parsed.append(movement)
            case .failure(let problem): problems.append(ImportRowError(line: row.line, problem: problem))
            }
        }
        guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
        do {
            return try write(needing: nil) { _ in
                for row in parsed {
                    do {
                        try recordMovement(row)
                    } catch let problem as ImportProblem {
                        problems.append(ImportRowError(line: row.line, problem: problem))
                    } catch let error as StoreError where Self.refusesMovement(error) {
                        problems.append(ImportRowError(line: row.line, problem: .movementRefused(error)))
                    }
                }
                guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
                return parsed.count
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }

    /// Records one row's movement (each a savepoint of the import's write).
    private func recordMovement(_ row: MovementRow) throws {
        guard let schoolClass = try schoolClass(named: row.className) else { throw ImportProblem.unknownClass(row.className) }
        let lookup = try findStudent(named: row.student, classID: schoolClass.id)
        if row.kind == .arrive, lookup == .notFound {
            let words = row.student.split(whereSeparator: \.isWhitespace).map(String.init)
            guard words.count >= 2 else {
                throw ImportProblem.unknownStudent(name: row.student, className: schoolClass.name)
            }
            try arrive(classID: schoolClass.id, lastName: words[0], firstName: words[1],
                       middleName: words.dropFirst(2).joined(separator: " "), date: row.date, order: row.order)
            return
        }
        let student: Student
        switch lookup {
        case .found(let found): student = found
        case .ambiguous: throw ImportProblem.ambiguousStudent(name: row.student, className: schoolClass.name)
        case .notFound: throw ImportProblem.unknownStudent(name: row.student, className: schoolClass.name)
        }
        switch row.kind {
        case .arrive: try arrive(studentID: student.id, date: row.date, order: row.order)
        case .leave: try leave(studentID: student.id, date: row.date, reason: row.reason, order: row.order)
        case .transfer:
            guard let target = try self.schoolClass(named: row.toClass) else { throw ImportProblem.unknownClass(row.toClass) }
            try transfer(studentID: student.id, toClassID: target.id, date: row.date, order: row.order)
        case .rename: return
        }
    }

    /// True for the refusals of a movement that a file row can cause: shown at its line.
    static func refusesMovement(_ error: StoreError) -> Bool {
        switch error {
        case .notEnrolled, .entriesAfterMovement, .movementBefore, .alreadyEnrolled, .entriesBeforeArrival, .notAllowed: return true
        default: return false
        }
    }
}
