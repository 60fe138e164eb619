import Foundation
import ZhurnalCore

extension Journal {
    /// The subject named `name` (trimmed), created when missing.
    public func findOrCreateSubject(named name: String) throws -> Subject {
        let name = name.trimmingCharacters(in: .whitespaces)
        if let id = try read({ try connection.scalarInt("SELECT id FROM subjects WHERE name = ?", name) }) {
            return Subject(id: id, name: name)
        }
        return try write { _ in
            try connection.run("INSERT INTO subjects(name) VALUES (?)", name)
            return Subject(id: connection.lastInsertRowID, name: name)
        }
    }

    /// All subjects ordered by name.
    public func subjects() throws -> [Subject] {
        try read {
            try connection.cachedStatement("SELECT id, name FROM subjects ORDER BY name")
                .map { Subject(id: $0.int(0), name: $0.string(1)) }
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
            return try statement.map { Subject(id: $0.int(0), name: $0.string(1)) }
        }
    }
}
