import Foundation
import ZhurnalCore

extension Journal {
    /// The subject a name means (compared as `NameFold.same`: case, `ё`/`е` and spaces do not
    /// matter), created under the trimmed name when the journal has none. Every import that names
    /// a subject finds or creates it here.
    public func findOrCreateSubject(named name: String) throws -> Subject {
        if let found = try subjects().first(where: { NameFold.same($0.name, name) }) { return found }
        let name = name.trimmingCharacters(in: .whitespaces)
        return try write(needing: .school) { _ in
            try connection.run("INSERT INTO subjects(name) VALUES (?)", name)
            return Subject(id: connection.lastInsertRowID, name: name)
        }
    }

    /// All subjects ordered by name.
    public func subjects() throws -> [Subject] {
        try read {
            try connection.cachedStatement("SELECT id, name FROM subjects ORDER BY name")
                .map { Subject(id: $0.int("id"), name: $0.string("name")) }
        }
    }

    /// The subjects that have at least one lesson column in a class (dated within `dates` when
    /// given), ordered by name.
    public func subjects(withColumnsInClass classID: Int, dates: ClosedRange<LocalDate>? = nil) throws -> [Subject] {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT id, name FROM subjects s
                WHERE EXISTS (SELECT 1 FROM lesson_columns c WHERE c.class_id = ?1 AND c.subject_id = s.id
                                                              AND c.date BETWEEN ?2 AND ?3)
                ORDER BY name
                """)
            try statement.bind(classID, at: 1)
            try Self.bind(dates, to: statement, at: 2)
            return try statement.map { Subject(id: $0.int("id"), name: $0.string("name")) }
        }
    }
}
