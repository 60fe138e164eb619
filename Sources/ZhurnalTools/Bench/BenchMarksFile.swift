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
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? file.close() }
        var text = "class,subject,date,work,weight,student,mark\n"
        var rows = 0
        try MarksExport.forEachRow(from: school, kinds: kinds, className: nil, subject: nil, dates: term.start...term.end) { row in
            text += "\(row.className),\(row.subject),\(row.date.iso),\(row.work),\(row.weight),\(row.student),\(row.mark)\n"
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
        try target.atomically {
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
