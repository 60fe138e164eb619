import Foundation
import HostileSupport
import ZhurnalCore
@testable import ZhurnalStore

/// A temporary folder for one test, with the store's fixed clock and user.
final class Scratch: ScratchFolder {
    /// The school year's last day: a fixture's lessons of 2026/27 have all taken place.
    static let endOfYear = LocalDate(year: 2027, month: 8, day: 31)!

    /// A journal path with a fixed clock, "today" and user.
    func journal(_ name: String = "journal.sqlite", readOnly: Bool = false,
                 now: @escaping () -> Date = { Date(timeIntervalSince1970: 1_788_000_000.25) },
                 today: LocalDate = Scratch.endOfYear, user: String = "teacher") throws -> Journal {
        try Journal(path: path(name), readOnly: readOnly, now: now, today: today, user: user)
    }
}

/// A file's bytes and modification time, to show a refusal left it untouched.
struct FileState: Equatable {
    let bytes: Data
    let modified: timespec

    init(path: String) {
        bytes = FileManager.default.contents(atPath: path) ?? Data()
        var info = stat()
        stat(path, &info)
        modified = info.st_mtim
    }

    static func == (a: FileState, b: FileState) -> Bool {
        a.bytes == b.bytes && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
    }
}

/// The permission bits of a file.
func mode(of path: String) -> mode_t {
    var info = stat()
    guard stat(path, &info) == 0 else { return 0 }
    return info.st_mode & 0o777
}

/// Runs SQL on a file through a plain SQLite connection, outside the journal's checks.
func raw(_ path: String, _ sql: String) throws {
    try SQLiteConnection(path: path, mode: .readWriteCreate).execute(sql)
}

/// A small school: one class with three students, one subject, two columns.
struct Fixture {
    let journal: Journal
    let schoolClass: SchoolClass
    let subject: Subject
    let students: [Student]
    let columns: [LessonColumn]

    init(_ journal: Journal) throws {
        self.journal = journal
        schoolClass = try journal.findOrCreateClass(named: "7А")
        subject = try journal.findOrCreateSubject(named: "Математика")
        students = [
            try journal.addStudent(classID: schoolClass.id, lastName: "Иванов", firstName: "Пётр"),
            try journal.addStudent(classID: schoolClass.id, lastName: "Петрова", firstName: "Анна", middleName: "Сергеевна"),
            try journal.addStudent(classID: schoolClass.id, lastName: "Петрова", firstName: "Анна", middleName: "Ивановна"),
        ]
        columns = [
            try journal.addColumn(classID: schoolClass.id, subjectID: subject.id,
                                  date: LocalDate(year: 2026, month: 9, day: 2)!, kindCode: "К"),
            try journal.addColumn(classID: schoolClass.id, subjectID: subject.id,
                                  date: LocalDate(year: 2026, month: 9, day: 1)!, kindCode: "С",
                                  weight: Weight(hundredths: 150), topic: "Дроби"),
        ]
    }
}
