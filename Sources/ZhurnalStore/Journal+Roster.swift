import ZhurnalCore
import Foundation

extension Journal {
    /// The class a name means (compared as `NameFold.sameClass`: `7а`, `7 А` and `7A` are 7А),
    /// created under the folded name (`7А`) when the journal has none.
    public func findOrCreateClass(named name: String) throws -> SchoolClass {
        if let found = try schoolClass(named: name) { return found }
        let name = NameFold.className(name)
        return try write(needing: nil) { history in
            try connection.run("INSERT INTO classes(name) VALUES (?)", name)
            let id = connection.lastInsertRowID
            try history.append(.classAdd, classID: id, subjectID: nil, old: nil, new: name)
            return SchoolClass(id: id, name: name)
        }
    }

    /// The class a name means (see `NameFold.sameClass`), nil when the journal has none.
    public func schoolClass(named name: String) throws -> SchoolClass? {
        try classes().first { NameFold.sameClass($0.name, name) }
    }

    /// All classes, ordered by grade number then letter ("5А" before "10Б").
    public func classes() throws -> [SchoolClass] {
        try read {
            try connection.cachedStatement("SELECT id, name FROM classes")
                .map { SchoolClass(id: $0.int("id"), name: $0.string("name")) }
                .sorted { $0.name.compare($1.name, options: .numeric) == .orderedAscending }
        }
    }

    /// Adds a student at the end of the class list, with a `student_add` history row.
    @discardableResult
    public func addStudent(classID: Int, lastName: String, firstName: String, middleName: String = "") throws -> Student {
        try write(needing: nil) { history in
            let position = try connection.scalarInt(
                "SELECT coalesce(max(position) + 1, 0) FROM students WHERE class_id = ?", classID) ?? 0
            let student = try insertStudent(id: nil, classID: classID, line: RosterLine(
                lastName: lastName, firstName: firstName, middleName: middleName, position: position))
            try history.append(.studentAdd, classID: classID, subjectID: nil, studentID: student.id, old: nil,
                               new: RosterLine(student).encoded)
            return student
        }
    }

    private func insertStudent(id: Int?, classID: Int, line: RosterLine) throws -> Student {
        try connection.run("""
            INSERT INTO students(id, class_id, last_name, first_name, middle_name, position)
            VALUES (?, ?, ?, ?, ?, ?)
            """, id, classID, line.lastName, line.firstName, line.middleName, line.position)
        return Student(id: connection.lastInsertRowID, classID: classID, lastName: line.lastName,
                       firstName: line.firstName, middleName: line.middleName, position: line.position)
    }

    /// Takes back (undo) or makes again (redo) a `class_add` or `student_add` row. A student who
    /// has marks or other records since is not removed: `StoreError.studentHasRecords`.
    func replayRoster(_ row: HistoryRecord, forward: Bool) throws {
        try write(needing: nil) { history in
            switch (row.kind, forward) {
            case (.studentAdd, false):
                guard let id = row.studentID, let student = try student(id: id) else { return }
                for table in ["entries", "final_marks", "formative_notes", "rubric_scores", "external_results", "movements"] {
                    if try connection.scalarInt("SELECT 1 FROM \(table) WHERE student_id = ? LIMIT 1", id) != nil {
                        throw StoreError.studentHasRecords(id)
                    }
                }
                try connection.run("DELETE FROM students WHERE id = ?", id)
                try history.append(.studentAdd, classID: student.classID, subjectID: nil, studentID: id,
                                   old: RosterLine(student).encoded, new: nil)
            case (.studentAdd, true):
                guard let id = row.studentID, let classID = row.classID,
                      let line = row.newValue.flatMap(RosterLine.init(encoded:)) else { return }
                _ = try insertStudent(id: id, classID: classID, line: line)
                try history.append(.studentAdd, classID: classID, subjectID: nil, studentID: id, old: nil, new: row.newValue)
            case (.classAdd, false):
                guard let id = row.classID else { return }
                if let student = try students(classID: id).first { throw StoreError.studentHasRecords(student.id) }
                try connection.run("DELETE FROM classes WHERE id = ?", id)
                try history.append(.classAdd, classID: id, subjectID: nil, old: row.newValue, new: nil)
            case (.classAdd, true):
                guard let id = row.classID, let name = row.newValue else { return }
                try connection.run("INSERT INTO classes(id, name) VALUES (?, ?)", id, name)
                try history.append(.classAdd, classID: id, subjectID: nil, old: nil, new: name)
            default:
                return
            }
        }
    }

    /// The students of a class in Russian class-list order (`NameFold.precedes`: last name, first
    /// name, отчество, ё as е), namesakes by id.
    public func students(classID: Int) throws -> [Student] {
        try read {
            let statement = try connection.cachedStatement("SELECT \(Self.studentColumns) FROM students WHERE class_id = ?")
            try statement.bind(classID, at: 1)
            return Student.inClassListOrder(try statement.map(Self.student))
        }
    }

    /// The student with this id, nil when there is none.
    public func student(id: Int) throws -> Student? {
        try read {
            let statement = try connection.cachedStatement("SELECT \(Self.studentColumns) FROM students WHERE id = ?")
            try statement.bind(id, at: 1)
            return try statement.first(Self.student)
        }
    }

    /// Finds a student of a class by "Фамилия", "Фамилия Имя" or "Фамилия Имя Отчество".
    ///
    /// Case, extra spaces and ё/е are ignored; a surname alone matches every student of that
    /// surname, two names match every отчество.
    public func findStudent(named name: String, classID: Int) throws -> StudentLookup {
        let wanted = name.split(whereSeparator: \.isWhitespace).map { NameFold.key(String($0)) }
        guard (1...3).contains(wanted.count) else { return .notFound }
        let matches = try students(classID: classID).filter { student in
            NameFold.key(student.lastName) == wanted[0] && (wanted.count < 2 || NameFold.key(student.firstName) == wanted[1])
                && (wanted.count < 3 || NameFold.key(student.middleName) == wanted[2])
        }
        switch matches.count {
        case 0: return .notFound
        case 1: return .found(matches[0])
        default: return .ambiguous(matches)
        }
    }

    static let studentColumns = "id, class_id, last_name, first_name, middle_name, position"

    /// Decodes a row holding `studentColumns`.
    static func student(_ row: Statement) -> Student {
        Student(id: row.int("id"), classID: row.int("class_id"), lastName: row.string("last_name"),
                firstName: row.string("first_name"), middleName: row.string("middle_name"), position: row.int("position"))
    }
}
