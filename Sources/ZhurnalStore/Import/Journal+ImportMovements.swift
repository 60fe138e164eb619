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

    /// Records the arrival, departure or transfer a row names (`zhurnal student …` and each row
    /// of `importMovements`), a write of its own or a savepoint of the open one. The student is
    /// found by «Фамилия Имя [Отчество]» in the class; an arrival of a name not on its list (two
    /// words at least) adds him. Throws `ImportProblem.controlCharacter` for a text with a control
    /// character, `.unknownClass`, `.unknownStudent` or `.ambiguousStudent` for the names, the
    /// movement's `StoreError` for its rules; a rename row records nothing.
    ///
    /// - Returns: the student as he is after the movement.
    @discardableResult
    public func recordMovement(_ row: MovementRow) throws -> Student {
        if let problem = row.controlCharacter { throw problem }
        if row.kind == .arrive, let schoolClass = try schoolClass(named: row.className),
           try findStudent(named: row.student, classID: schoolClass.id) == .notFound, let name = FullName(row.student) {
            return try arrive(classID: schoolClass.id, lastName: name.lastName, firstName: name.firstName,
                              middleName: name.middleName, date: row.date, order: row.order)
        }
        let student = try student(named: row.student, inClass: row.className)
        switch row.kind {
        case .arrive: try arrive(studentID: student.id, date: row.date, order: row.order)
        case .leave: try leave(studentID: student.id, date: row.date, reason: row.reason, order: row.order)
        case .transfer:
            guard let target = try schoolClass(named: row.toClass) else { throw ImportProblem.unknownClass(row.toClass) }
            try transfer(studentID: student.id, toClassID: target.id, date: row.date, order: row.order)
        case .rename: break
        }
        return try self.student(id: student.id) ?? student
    }

    /// The student «Фамилия Имя [Отчество]» means in the class `className` means; throws
    /// `ImportProblem.unknownClass`, `.unknownStudent` or `.ambiguousStudent`.
    public func student(named name: String, inClass className: String) throws -> Student {
        guard let schoolClass = try schoolClass(named: className) else { throw ImportProblem.unknownClass(className) }
        switch try findStudent(named: name, classID: schoolClass.id) {
        case .found(let student): return student
        case .ambiguous: throw ImportProblem.ambiguousStudent(name: name, className: schoolClass.name)
        case .notFound: throw ImportProblem.unknownStudent(name: name, className: schoolClass.name)
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
