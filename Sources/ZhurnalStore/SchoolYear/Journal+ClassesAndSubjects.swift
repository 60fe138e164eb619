import Foundation
import ZhurnalCore

extension Journal {
    /// Creates a class; refused when the name is empty or another class has it («7a» is «7А»).
    @discardableResult
    public func createClass(named name: String) throws -> SchoolClass {
        let name = try checkedName(name, table: "classes", except: nil)
        return try write(needing: .school) { _ in
            try connection.run("INSERT INTO classes(name) VALUES (?)", name)
            return SchoolClass(id: connection.lastInsertRowID, name: name)
        }
    }

    /// Renames a class; refused like `createClass`.
    public func renameClass(id: Int, to name: String) throws {
        let name = try checkedName(name, table: "classes", except: id)
        try write(needing: .school) { _ in
            try connection.run("UPDATE classes SET name = ? WHERE id = ?", name, id)
            guard connection.changes > 0 else { throw SchoolYearRefusal.notFound }
        }
    }

    /// Removes a class that has no students and no lessons, with its curriculum, timetable and
    /// plan; otherwise refuses with the counts.
    public func removeClass(id: Int) throws {
        try write(needing: .school) { _ in
            guard let name = try connection.scalarString("SELECT name FROM classes WHERE id = ?", id) else {
                throw SchoolYearRefusal.notFound
            }
            let students = try connection.scalarInt("SELECT count(*) FROM students WHERE class_id = ?", id) ?? 0
            let lessons = try connection.scalarInt("SELECT count(*) FROM lesson_columns WHERE class_id = ?", id) ?? 0
            guard students == 0, lessons == 0 else {
                throw SchoolYearRefusal.classInUse(name: name, students: students, lessons: lessons)
            }
            for table in ["curriculum", "timetable", "plan_topics"] {
                try connection.run("DELETE FROM \(table) WHERE class_id = ?", id)
            }
            try connection.run("DELETE FROM classes WHERE id = ?", id)
        }
    }

    /// Creates a subject; refused when the name is empty or taken.
    @discardableResult
    public func createSubject(named name: String) throws -> Subject {
        let name = try checkedName(name, table: "subjects", except: nil)
        return try write(needing: .school) { _ in
            try connection.run("INSERT INTO subjects(name) VALUES (?)", name)
            return Subject(id: connection.lastInsertRowID, name: name)
        }
    }

    /// Renames a subject; refused like `createSubject`.
    public func renameSubject(id: Int, to name: String) throws {
        let name = try checkedName(name, table: "subjects", except: id)
        try write(needing: .school) { _ in
            try connection.run("UPDATE subjects SET name = ? WHERE id = ?", name, id)
            guard connection.changes > 0 else { throw SchoolYearRefusal.notFound }
        }
    }

    /// Removes a subject that has no lessons and no final marks, with its curriculum, timetable
    /// and plan rows; otherwise refuses with the counts.
    public func removeSubject(id: Int) throws {
        try write(needing: .school) { _ in
            guard let name = try connection.scalarString("SELECT name FROM subjects WHERE id = ?", id) else {
                throw SchoolYearRefusal.notFound
            }
            let lessons = try connection.scalarInt("SELECT count(*) FROM lesson_columns WHERE subject_id = ?", id) ?? 0
            let finals = try connection.scalarInt("SELECT count(*) FROM final_marks WHERE subject_id = ?", id) ?? 0
            guard lessons == 0, finals == 0 else {
                throw SchoolYearRefusal.subjectInUse(name: name, lessons: lessons, finalMarks: finals)
            }
            for table in ["curriculum", "timetable", "plan_topics"] {
                try connection.run("DELETE FROM \(table) WHERE subject_id = ?", id)
            }
            try connection.run("DELETE FROM subjects WHERE id = ?", id)
        }
    }

    /// The class named like `name` («7 a» finds «7А»), nil when there is none.
    public func findClass(named name: String) throws -> SchoolClass? {
        let key = Self.nameKey(name)
        return try classes().first { Self.nameKey($0.name) == key }
    }

    /// The subject named like `name` (case and spaces ignored), nil when there is none.
    public func findSubject(named name: String) throws -> Subject? {
        let key = Self.nameKey(name)
        return try subjects().first { Self.nameKey($0.name) == key }
    }

    /// The trimmed name, refused when empty or when a row of `table` other than `except` has it.
    private func checkedName(_ name: String, table: String, except: Int?) throws -> String {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw SchoolYearRefusal.emptyName }
        let key = Self.nameKey(name)
        let rows = try read {
            try connection.cachedStatement("SELECT id, name FROM \(table)").map { ($0.int(0), $0.string(1)) }
        }
        if let taken = rows.first(where: { $0.0 != except && Self.nameKey($0.1) == key }) {
            throw SchoolYearRefusal.nameTaken(taken.1)
        }
        return name
    }

    /// A class or subject name as compared (domain.md): case and spaces ignored, `ё` as `е`,
    /// Latin look-alikes as Cyrillic («7a» = «7А»).
    static func nameKey(_ name: String) -> String {
        NameFold.className(name)
    }
}
