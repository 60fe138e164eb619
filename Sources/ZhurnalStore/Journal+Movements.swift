import ZhurnalCore

/// Students over time: arrivals, departures, transfers and renames, each one write with its
/// history row (undo takes it back), and the enrollment derived from them.
extension Journal {
    /// Adds a student who arrives in a class on `date` (прибыл): he is enrolled from that day.
    @discardableResult
    public func arrive(classID: Int, lastName: String, firstName: String, middleName: String = "",
                       date: LocalDate, order: String = "") throws -> Student {
        try write(needing: nil) { history in
            let student = try addStudent(classID: classID, lastName: lastName, firstName: firstName, middleName: middleName)
            try record(MovementRecord(id: 0, studentID: student.id, kind: .arrive, date: date, classID: classID, order: order),
                       history: history)
            return student
        }
    }

    /// Records that a student already on his class's list arrives in it on `date` (прибыл): he is
    /// enrolled from that day. Refused when he is in a class that day (a student without
    /// movements is not, for this), has a later movement, or has marks in the class before the
    /// day and after his latest movement.
    public func arrive(studentID: Int, date: LocalDate, order: String = "") throws {
        try write(needing: nil) { history in
            guard let student = try student(id: studentID) else { throw StoreError.noSuchStudent(studentID) }
            try refuseBeforeLatest(studentID: studentID, date: date)
            let moves = try movements(studentID: studentID)
            if !moves.isEmpty, try enrollment(of: student).isEnrolled(on: date) {
                throw StoreError.alreadyEnrolled(studentID: studentID, date: date)
            }
            if try connection.scalarInt("""
                SELECT 1 FROM entries e JOIN lesson_columns c ON c.id = e.column_id
                WHERE e.student_id = ? AND c.class_id = ? AND c.date < ? AND c.date > ? LIMIT 1
                """, studentID, student.classID, date.iso, moves.last?.date.iso ?? "") != nil {
                throw StoreError.entriesBeforeArrival(studentID: studentID, date: date)
            }
            try record(MovementRecord(id: 0, studentID: studentID, kind: .arrive, date: date, classID: student.classID,
                                      order: order), history: history)
        }
    }

    /// Records that a student leaves the school (выбыл); `date` is his last day in his class.
    /// Refused when he is in no class that day, has a later movement, or has marks after it.
    public func leave(studentID: Int, date: LocalDate, reason: String = "", order: String = "") throws {
        try write(needing: nil) { history in
            let from = try classOnMovementDay(studentID: studentID, date: date)
            try refuseEntries(studentID: studentID, classID: from, after: date)
            try record(MovementRecord(id: 0, studentID: studentID, kind: .leave, date: date, classID: from,
                                      reason: reason, order: order), history: history)
        }
    }

    /// Moves a student to another class of the school from `date` (перевод), the same student
    /// with his marks: those before `date` stay in the old class's journal. Refused when he is not
    /// in a class that day, is already in `toClassID`, has a later movement, or has marks in the
    /// old class from `date` on.
    public func transfer(studentID: Int, toClassID: Int, date: LocalDate, order: String = "") throws {
        try write(needing: nil) { history in
            let from = try classOnMovementDay(studentID: studentID, date: date)
            guard from != toClassID else { throw StoreError.notEnrolled(studentID: studentID, date: date) }
            try refuseEntries(studentID: studentID, classID: from, after: date.adding(days: -1))
            try record(MovementRecord(id: 0, studentID: studentID, kind: .transfer, date: date, classID: from,
                                      toClassID: toClassID, order: order), history: history)
        }
    }

    /// Renames a student from `date` on (the marks stay his); the old name stays in the history.
    public func rename(studentID: Int, lastName: String, firstName: String, middleName: String = "",
                       date: LocalDate, order: String = "") throws {
        try write(needing: nil) { history in
            guard let student = try student(id: studentID) else { throw StoreError.noSuchStudent(studentID) }
            try refuseBeforeLatest(studentID: studentID, date: date)
            let renamed = Student(id: student.id, classID: student.classID, lastName: lastName, firstName: firstName,
                                  middleName: middleName, position: student.position)
            try record(MovementRecord(id: 0, studentID: studentID, kind: .rename, date: date, classID: student.classID,
                                      order: order, oldName: RosterLine(student).encoded, newName: RosterLine(renamed).encoded),
                       history: history)
        }
    }

    /// A student's movements in date order.
    public func movements(studentID: Int) throws -> [MovementRecord] {
        try movementRecords(where: "student_id = ?", studentID)
    }

    /// Every movement of the journal, by student and date.
    public func movements() throws -> [MovementRecord] {
        try movementRecords(where: "1 = 1")
    }

    /// The enrollment of a student: from his movements, else always in his class.
    public func enrollment(of student: Student) throws -> Enrollment {
        Enrollment(classID: student.classID, movements: try movements(studentID: student.id).map(\.movement))
    }

    /// The enrollment of every student with movements, by student id (the others are always in
    /// their class).
    public func enrollments() throws -> [Int: Enrollment] {
        try read { try Self.enrollments(connection: connection) }
    }

    /// The students who were ever in a class — its own and those transferred out of it — with
    /// the enrollment of those who have movements.
    public func studentsEverIn(classID: Int) throws -> (students: [Student], enrollments: [Int: Enrollment]) {
        let enrollments = try enrollments()
        let former = try read {
            let statement = try connection.cachedStatement("""
                SELECT \(Self.studentColumns) FROM students WHERE class_id <> ?1
                AND id IN (SELECT student_id FROM movements WHERE class_id = ?1 OR to_class_id = ?1)
                """)
            try statement.bind(classID, at: 1)
            return try statement.map(Self.student)
        }
        let own = try students(classID: classID)
        let students = former.isEmpty ? own : Student.inClassListOrder(own + former)
        return (students, enrollments.filter { id, _ in students.contains { $0.id == id } })
    }

    static func enrollments(connection: SQLiteConnection) throws -> [Int: Enrollment] {
        var moves: [Int: [Movement]] = [:]
        let statement = try connection.cachedStatement("""
            SELECT student_id, kind, date, class_id, to_class_id, reason, order_no FROM movements ORDER BY student_id, date, id
            """)
        try statement.forEachRow { row in
            guard let kind = MovementKind(rawValue: row.string("kind")), let date = LocalDate(parsing: row.string("date")) else { return }
            moves[row.int("student_id"), default: []].append(Movement(kind: kind, date: date, classID: row.int("class_id"),
                                                                       toClassID: row.optionalInt("to_class_id"),
                                                                       reason: row.string("reason"), order: row.string("order_no")))
        }
        return moves.mapValues { Enrollment(classID: $0[0].classID, movements: $0) }
    }

    /// Takes back (undo) or makes again (redo) a `movement` history row.
    func replayMovement(_ row: HistoryRecord, forward: Bool) throws {
        try write(needing: nil) { history in
            guard let stored = (row.newValue ?? row.oldValue).flatMap(MovementRecord.init(encoded:)) else { return }
            if forward {
                try record(stored, history: history)
            } else {
                try requireReceivingClass(stored, history: history)
                try connection.run("DELETE FROM movements WHERE id = ?", stored.id)
                try applyToStudent(stored, forward: false)
                history.enrollments = nil
                try history.append(.movement, classID: stored.classID, subjectID: nil, studentID: stored.studentID,
                                   old: stored.encoded, new: nil)
            }
        }
    }

    /// Stores a movement (under its own id when it has one: a redo), applies it to the student's
    /// row and appends its history row.
    private func record(_ record: MovementRecord, history: HistoryWriter) throws {
        try requireReceivingClass(record, history: history)
        try connection.run("""
            INSERT INTO movements(id, student_id, kind, date, class_id, to_class_id, reason, order_no, old_name, new_name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, record.id == 0 ? nil : record.id, record.studentID, record.kind.rawValue, record.date.iso, record.classID,
            record.toClassID, record.reason, record.order, record.oldName, record.newName)
        var stored = record
        stored.id = connection.lastInsertRowID
        try applyToStudent(stored, forward: true)
        history.enrollments = nil
        try history.append(.movement, classID: stored.classID, subjectID: nil, studentID: stored.studentID,
                           old: nil, new: stored.encoded, reason: stored.reason.isEmpty ? nil : stored.reason)
    }

    /// A transfer also needs the right to the receiving class's list (its history row names the
    /// class the student leaves, whose right the row itself needs).
    private func requireReceivingClass(_ record: MovementRecord, history: HistoryWriter) throws {
        if let target = record.toClassID { try history.policy.require(.roster(classID: target)) }
    }

    /// A transfer moves the student's row to the new class (back, undone); a rename changes his
    /// names.
    private func applyToStudent(_ record: MovementRecord, forward: Bool) throws {
        switch record.kind {
        case .transfer:
            guard let target = record.toClassID else { return }
            try connection.run("UPDATE students SET class_id = ? WHERE id = ?", forward ? target : record.classID, record.studentID)
        case .rename:
            guard let line = RosterLine(encoded: forward ? record.newName : record.oldName) else { return }
            try connection.run("UPDATE students SET last_name = ?, first_name = ?, middle_name = ? WHERE id = ?",
                               line.lastName, line.firstName, line.middleName, record.studentID)
        case .arrive, .leave:
            return
        }
    }

    /// The class the student is in on `date`, for a departure or transfer that day.
    private func classOnMovementDay(studentID: Int, date: LocalDate) throws -> Int {
        guard let student = try student(id: studentID) else { throw StoreError.noSuchStudent(studentID) }
        try refuseBeforeLatest(studentID: studentID, date: date)
        guard let classID = try enrollment(of: student).classID(on: date) else {
            throw StoreError.notEnrolled(studentID: studentID, date: date)
        }
        return classID
    }

    private func refuseBeforeLatest(studentID: Int, date: LocalDate) throws {
        if let latest = try movements(studentID: studentID).last?.date, date < latest {
            throw StoreError.movementBefore(studentID: studentID, latest: latest)
        }
    }

    /// Refuses when the student has a mark or attendance entry in `classID` after `date`.
    private func refuseEntries(studentID: Int, classID: Int, after date: LocalDate) throws {
        if try connection.scalarInt("""
            SELECT 1 FROM entries e JOIN lesson_columns c ON c.id = e.column_id
            WHERE e.student_id = ? AND c.class_id = ? AND c.date > ? LIMIT 1
            """, studentID, classID, date.iso) != nil {
            throw StoreError.entriesAfterMovement(studentID: studentID, date: date)
        }
    }

    private func movementRecords(where condition: String, _ values: (any SQLiteBindable)?...) throws -> [MovementRecord] {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT id, student_id, kind, date, class_id, to_class_id, reason, order_no, old_name, new_name
                FROM movements WHERE \(condition) ORDER BY student_id, date, id
                """)
            try statement.bind(values)
            return try statement.map { row in
                MovementRecord(id: row.int("id"), studentID: row.int("student_id"),
                               kind: MovementKind(rawValue: row.string("kind")) ?? .rename,
                               date: LocalDate(parsing: row.string("date")) ?? LocalDate(dayNumber: 0),
                               classID: row.int("class_id"), toClassID: row.optionalInt("to_class_id"),
                               reason: row.string("reason"), order: row.string("order_no"),
                               oldName: row.string("old_name"), newName: row.string("new_name"))
            }
        }
    }
}
