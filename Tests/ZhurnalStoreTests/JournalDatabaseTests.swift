import CSQLite
import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

@Suite struct JournalDatabaseTests {
    let scratch = Scratch()

    @Test func createsAndMigratesAnEmptyJournal() throws {
        do { _ = try scratch.journal() }
        let header = try #require(SQLiteFileHeader(bytes: Array(FileState(path: scratch.path("journal.sqlite")).bytes)))
        #expect(header.applicationID == JournalDatabase.applicationID)
        #expect(header.userVersion == JournalDatabase.schemaVersion)
        let journal = try scratch.journal()
        #expect(try journal.connection.scalarInt("PRAGMA user_version") == JournalDatabase.schemaVersion)
        #expect(try journal.connection.scalarInt("PRAGMA application_id") == JournalDatabase.applicationID)
        #expect(try journal.connection.scalarInt("PRAGMA foreign_keys") == 1)
        #expect(try journal.connection.scalarInt("PRAGMA synchronous") == 2)
        let tables = try journal.connection.cachedStatement("SELECT name FROM sqlite_schema WHERE type = 'table'")
            .map { $0.string(0) }
        #expect(Set(tables).isSuperset(of: ["settings", "classes", "students", "subjects", "lesson_columns",
                                            "entries", "final_marks", "history"]))
    }

    @Test func reopeningIsIdempotent() throws {
        do {
            let fixture = try Fixture(try scratch.journal())
            try fixture.journal.setEntry(columnID: fixture.columns[0].id, studentID: fixture.students[0].id, to: .mark(5))
        }
        let before = FileState(path: scratch.path("journal.sqlite"))
        let journal = try scratch.journal()
        #expect(try journal.classes().map(\.name) == ["7А"])
        // The class, its three students, the two columns and the mark.
        #expect(try journal.recentHistory(limit: 100).count == 7)
        #expect(try journal.connection.scalarInt("PRAGMA user_version") == JournalDatabase.schemaVersion)
        #expect(before.bytes.count > 0)
    }

    @Test func initialisesAnEmptyExistingFile() throws {
        _ = FileManager.default.createFile(atPath: scratch.path("journal.sqlite"), contents: Data())
        let journal = try scratch.journal()
        #expect(try journal.classes().isEmpty)
    }

    @Test func createsParentDirectoriesAndPrivateFiles() throws {
        let path = scratch.path("a/b/journal.sqlite")
        let journal = try Journal(path: path, user: "teacher")
        _ = try journal.findOrCreateClass(named: "5Б")
        #expect(mode(of: scratch.path("a")) == 0o700)
        #expect(mode(of: scratch.path("a/b")) == 0o700)
        #expect(mode(of: path) == 0o600)
        #expect(mode(of: path + "-wal") == 0o600)
        #expect(mode(of: path + "-shm") == 0o600)
    }

    @Test func refusesANewerSchemaUntouched() throws {
        let path = scratch.path("journal.sqlite")
        _ = try scratch.journal()
        try raw(path, "PRAGMA user_version = 99")
        let before = FileState(path: path)
        #expect(throws: StoreError.newerVersion(found: 99, supported: JournalDatabase.schemaVersion)) {
            try scratch.journal()
        }
        #expect(throws: StoreError.newerVersion(found: 99, supported: JournalDatabase.schemaVersion)) {
            try scratch.journal(readOnly: true)
        }
        #expect(FileState(path: path) == before)
    }

    @Test(arguments: [
        Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }),
        Data("класс,фамилия,имя\n7А,Иванов,Пётр\n".utf8),
        Data("SQLite format 3".utf8),
    ])
    func refusesAFileThatIsNotSQLiteUntouched(contents: Data) throws {
        let path = scratch.path("journal.sqlite")
        _ = FileManager.default.createFile(atPath: path, contents: contents)
        let before = FileState(path: path)
        #expect(throws: StoreError.notAJournal) { try scratch.journal() }
        #expect(FileState(path: path) == before)
    }

    @Test(arguments: ["CREATE TABLE notes(x); INSERT INTO notes VALUES (1)",
                      "PRAGMA application_id = 1234",
                      "PRAGMA application_id = 1234; PRAGMA journal_mode = WAL; CREATE TABLE t(x)"])
    func refusesAForeignDatabaseUntouched(sql: String) throws {
        let path = scratch.path("other.sqlite")
        try raw(path, sql)
        let before = FileState(path: path)
        #expect(throws: StoreError.notAJournal) { try scratch.journal("other.sqlite") }
        #expect(throws: StoreError.notAJournal) { try scratch.journal("other.sqlite", readOnly: true) }
        #expect(FileState(path: path) == before)
    }

    @Test func damagedFirstPageIsCorrupt() throws {
        let path = scratch.path("journal.sqlite")
        _ = try Fixture(try scratch.journal())
        var bytes = FileState(path: path).bytes
        bytes.replaceSubrange(100..<400, with: Data(repeating: 0xA5, count: 300))
        try bytes.write(to: URL(fileURLWithPath: path))
        let before = FileState(path: path)
        #expect(throws: StoreError.corrupt) { try scratch.journal() }
        #expect(FileState(path: path) == before)
    }

    @Test func damagedMiddlePagesAreReportedNotCrashed() throws {
        let path = scratch.path("journal.sqlite")
        do {
            let fixture = try Fixture(try scratch.journal())
            try fixture.journal.bulkWrite { writer in
                for day in 1...200 {
                    let column = try writer.addColumn(classID: fixture.schoolClass.id, subjectID: fixture.subject.id,
                                                      date: LocalDate(year: 2026, month: 9, day: 1)!.adding(days: day),
                                                      kindCode: "О")
                    for student in fixture.students { try writer.setEntry(columnID: column, studentID: student.id, to: .mark(4)) }
                }
            }
        }
        var bytes = FileState(path: path).bytes
        let middle = bytes.count / 2 / 4096 * 4096
        bytes.replaceSubrange(middle..<middle + 8192, with: Data(repeating: 0x5A, count: 8192))
        try bytes.write(to: URL(fileURLWithPath: path))
        do {
            let journal = try scratch.journal()
            let classID = try #require(try journal.classes().first?.id)
            let subjectID = try #require(try journal.subjects().first?.id)
            _ = try journal.grid(classID: classID, subjectID: subjectID)
            _ = try journal.recentHistory(limit: 10_000)
            #expect(try !journal.check().isEmpty)
        } catch let error as StoreError {
            #expect(error == .corrupt)
        }
    }

    @Test func readOnlyRefusesWritesAndLeavesTheFileUntouched() throws {
        let path = scratch.path("journal.sqlite")
        let ids: (column: Int, student: Int)
        do {
            let fixture = try Fixture(try scratch.journal())
            ids = (fixture.columns[0].id, fixture.students[0].id)
            try fixture.journal.setEntry(columnID: ids.column, studentID: ids.student, to: .mark(3))
        }
        let before = FileState(path: path)
        do {
            let journal = try scratch.journal(readOnly: true)
            #expect(journal.isReadOnly)
            #expect(try journal.entry(columnID: ids.column, studentID: ids.student) == .mark(3))
            #expect(throws: StoreError.readOnly) {
                try journal.setEntry(columnID: ids.column, studentID: ids.student, to: .mark(5))
            }
            let raw = #expect(throws: SQLiteError.self) { try journal.connection.execute("DELETE FROM entries") }
            #expect(raw?.code == SQLITE_READONLY)
        }
        #expect(FileState(path: path) == before)
    }

    @Test func readOnlyRefusesAMissingFile() throws {
        #expect(throws: StoreError.fileSystem(path: scratch.path("none.sqlite"), errno: ENOENT)) {
            try scratch.journal("none.sqlite", readOnly: true)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path("none.sqlite")))
    }
}
