import Foundation
import ZhurnalCore

extension Journal {
    /// The curriculum: every class-subject pair, classes in school order, subjects by name.
    public func curriculum() throws -> [CurriculumEntry] {
        let order = Dictionary(uniqueKeysWithValues: try classes().enumerated().map { ($1.id, $0) })
        let entries = try read {
            try connection.cachedStatement("""
                SELECT k.class_id, c.name AS class_name, k.subject_id, s.name AS subject_name, k.teacher, k.hours_hundredths
                FROM curriculum k JOIN classes c ON c.id = k.class_id JOIN subjects s ON s.id = k.subject_id
                ORDER BY s.name
                """).map {
                CurriculumEntry(classID: $0.int("class_id"), className: $0.string("class_name"), subjectID: $0.int("subject_id"),
                                subject: $0.string("subject_name"), teacher: $0.string("teacher"),
                                hours: $0.optionalInt("hours_hundredths").flatMap { Weight(hundredths: $0) })
            }
        }
        return entries.enumerated().sorted { a, b in
            (order[a.element.classID] ?? 0, a.offset) < (order[b.element.classID] ?? 0, b.offset)
        }.map(\.element)
    }

    /// Puts a class-subject pair into the curriculum, or updates its teacher and hours.
    public func setCurriculum(classID: Int, subjectID: Int, teacher: String = "", hours: Weight? = nil) throws {
        try write(needing: .school) { _ in try upsertCurriculum(classID: classID, subjectID: subjectID, teacher: teacher, hours: hours) }
    }

    /// Takes a pair out of the curriculum; its lessons and marks stay in the journal.
    public func removeFromCurriculum(classID: Int, subjectID: Int) throws {
        try write(needing: .school) { _ in
            try connection.run("DELETE FROM curriculum WHERE class_id = ? AND subject_id = ?", classID, subjectID)
        }
    }

    func upsertCurriculum(classID: Int, subjectID: Int, teacher: String, hours: Weight?) throws {
        let statement = try connection.cachedStatement("""
            INSERT INTO curriculum(class_id, subject_id, teacher, hours_hundredths) VALUES (?, ?, ?, ?)
            ON CONFLICT(class_id, subject_id) DO UPDATE SET teacher = excluded.teacher,
                                                           hours_hundredths = excluded.hours_hundredths
            """)
        try statement.bind([classID, subjectID, teacher, hours?.hundredths])
        try statement.run()
    }

    /// The subjects of a class's curriculum or with lessons in it (within `dates` when given),
    /// by name: what the journal can open for the class.
    public func journalSubjects(classID: Int, dates: ClosedRange<LocalDate>? = nil) throws -> [Subject] {
        try read {
            let statement = try connection.cachedStatement("""
                SELECT id, name FROM subjects s
                WHERE EXISTS (SELECT 1 FROM curriculum k WHERE k.class_id = ?1 AND k.subject_id = s.id)
                   OR EXISTS (SELECT 1 FROM lesson_columns c WHERE c.class_id = ?1 AND c.subject_id = s.id
                                                                AND c.date BETWEEN ?2 AND ?3)
                ORDER BY name
                """)
            try statement.bind(classID, at: 1)
            try Self.bind(dates, to: statement, at: 2)
            return try statement.map { Subject(id: $0.int("id"), name: $0.string("name")) }
        }
    }
}
