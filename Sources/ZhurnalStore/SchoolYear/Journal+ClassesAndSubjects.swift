import Foundation
import ZhurnalCore

extension Journal {
    /// Creates a class; refused when the name is empty or another class has it («7a» is «7А»).
    @discardableResult
    public func createClass(named name: String) throws -> SchoolClass {
        let id = try createCatalogueRow(.classes, named: name)
        return SchoolClass(id: id.row, name: id.name)
    }

    /// Renames a class; refused like `createClass`.
    public func renameClass(id: Int, to name: String) throws {
        try renameCatalogueRow(.classes, id: id, to: name)
    }

    /// Removes a class that has no students and no lessons, with its curriculum, timetable and
    /// plan; otherwise refuses with the counts.
    public func removeClass(id: Int) throws {
        try removeCatalogueRow(.classes, id: id,
                               uses: ["SELECT count(*) FROM students WHERE class_id = ?",
                                      "SELECT count(*) FROM lesson_columns WHERE class_id = ?"]) { name, counts in
            SchoolYearRefusal.classInUse(name: name, students: counts[0], lessons: counts[1])
        }
    }

    /// Creates a subject; refused when the name is empty or taken.
    @discardableResult
    public func createSubject(named name: String) throws -> Subject {
        let id = try createCatalogueRow(.subjects, named: name)
        return Subject(id: id.row, name: id.name)
    }

    /// Renames a subject; refused like `createSubject`.
    public func renameSubject(id: Int, to name: String) throws {
        try renameCatalogueRow(.subjects, id: id, to: name)
    }

    /// Removes a subject that has no lessons and no final marks, with its curriculum, timetable
    /// and plan rows; otherwise refuses with the counts.
    public func removeSubject(id: Int) throws {
        try removeCatalogueRow(.subjects, id: id,
                               uses: ["SELECT count(*) FROM lesson_columns WHERE subject_id = ?",
                                      "SELECT count(*) FROM final_marks WHERE subject_id = ?"]) { name, counts in
            SchoolYearRefusal.subjectInUse(name: name, lessons: counts[0], finalMarks: counts[1])
        }
    }

    /// The subject named like `name` (case and spaces ignored), nil when there is none.
    public func findSubject(named name: String) throws -> Subject? {
        let key = Self.nameKey(name)
        return try subjects().first { Self.nameKey($0.name) == key }
    }

    /// The two named catalogues of a school: their table and the column other tables refer by.
    private enum Catalogue: String {
        case classes, subjects

        var reference: String { self == .classes ? "class_id" : "subject_id" }
    }

    private func createCatalogueRow(_ catalogue: Catalogue, named name: String) throws -> (row: Int, name: String) {
        let name = try checkedName(name, table: catalogue.rawValue, except: nil)
        return try write(needing: .school) { _ in
            try connection.run("INSERT INTO \(catalogue.rawValue)(name) VALUES (?)", name)
            return (connection.lastInsertRowID, name)
        }
    }

    private func renameCatalogueRow(_ catalogue: Catalogue, id: Int, to name: String) throws {
        let name = try checkedName(name, table: catalogue.rawValue, except: id)
        try write(needing: .school) { _ in
            try connection.run("UPDATE \(catalogue.rawValue) SET name = ? WHERE id = ?", name, id)
            guard connection.changes > 0 else { throw SchoolYearRefusal.notFound }
        }
    }

    /// Deletes the row with its curriculum, timetable and plan rows when every count of `uses`
    /// is zero; otherwise throws `refusal(name, counts)`.
    private func removeCatalogueRow(_ catalogue: Catalogue, id: Int, uses: [String],
                                    refusal: (String, [Int]) -> SchoolYearRefusal) throws {
        try write(needing: .school) { _ in
            guard let name = try connection.scalarString("SELECT name FROM \(catalogue.rawValue) WHERE id = ?", id) else {
                throw SchoolYearRefusal.notFound
            }
            let counts = try uses.map { try connection.scalarInt($0, id) ?? 0 }
            guard counts.allSatisfy({ $0 == 0 }) else { throw refusal(name, counts) }
            for table in ["curriculum", "timetable", "plan_topics"] {
                try connection.run("DELETE FROM \(table) WHERE \(catalogue.reference) = ?", id)
            }
            try connection.run("DELETE FROM \(catalogue.rawValue) WHERE id = ?", id)
        }
    }

    /// The trimmed name, refused when empty or when a row of `table` other than `except` has it.
    private func checkedName(_ name: String, table: String, except: Int?) throws -> String {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw SchoolYearRefusal.emptyName }
        let key = Self.nameKey(name)
        let rows = try read {
            try connection.cachedStatement("SELECT id, name FROM \(table)").map { ($0.int("id"), $0.string("name")) }
        }
        if let taken = rows.first(where: { $0.0 != except && Self.nameKey($0.1) == key }) {
            throw SchoolYearRefusal.nameTaken(taken.1)
        }
        return name
    }

    /// A class or subject name as compared (docs/rules.md §8a): case and spaces ignored, `ё` as
    /// `е`, Latin look-alikes as Cyrillic («7a» = «7А»).
    static func nameKey(_ name: String) -> String {
        NameFold.className(name)
    }
}
