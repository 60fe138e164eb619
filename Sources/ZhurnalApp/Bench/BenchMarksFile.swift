import Foundation
import ZhurnalCore
import ZhurnalStore

/// The import benchmark's inputs, taken from a generated school: a marks CSV of one term's entries
/// (the `zhurnal import marks` format) and an empty journal with the same roster to import into.
struct BenchMarksFile {
    /// The CSV file.
    let path: String
    /// Its data rows.
    let rows: Int

    /// Writes the entries of `term` from `school` as a marks CSV at `path`, a piece at a time.
    static func write(from school: Journal, term: Term, kinds: [WorkKind], to path: String) throws -> BenchMarksFile {
        let names = Dictionary(uniqueKeysWithValues: kinds.map { ($0.code, $0.nameRu) })
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? file.close() }
        var text = "class,subject,date,work,weight,student,mark\n"
        var rows = 0
        let statement = try school.connection.cachedStatement("""
            SELECT k.name, s.name, c.date, c.kind_code, st.last_name || ' ' || st.first_name, e.value
            FROM entries e JOIN lesson_columns c ON c.id = e.column_id JOIN classes k ON k.id = c.class_id
            JOIN subjects s ON s.id = c.subject_id JOIN students st ON st.id = e.student_id
            WHERE c.date BETWEEN ? AND ? ORDER BY c.id, st.position
            """)
        try statement.bind(term.start.iso, at: 1)
        try statement.bind(term.end.iso, at: 2)
        try statement.forEachRow { row in
            text += "\(row.string(0)),\(row.string(1)),\(row.string(2)),\(names[row.string(3)] ?? row.string(3)),,"
            text += "\(row.string(4)),\(row.string(5))\n"
            rows += 1
            if text.utf8.count >= 1 << 20 {
                try file.write(contentsOf: Data(text.utf8))
                text = ""
            }
        }
        try file.write(contentsOf: Data(text.utf8))
        return BenchMarksFile(path: path, rows: rows)
    }

    /// Creates at `path` a journal with the settings, classes and students of `school` and nothing else.
    static func writeRoster(of school: Journal, settings: SchoolSettings, to path: String) throws {
        let target = try Journal(path: path)
        try target.connection.transaction {
            try target.saveSchoolSettings(settings)
            for schoolClass in try school.classes() {
                let id = try target.findOrCreateClass(named: schoolClass.name).id
                for student in try school.students(classID: schoolClass.id) {
                    _ = try target.addStudent(classID: id, lastName: student.lastName, firstName: student.firstName,
                                              middleName: student.middleName)
                }
            }
        }
    }
}
