import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

@Suite struct JournalMaintenanceTests {
    let scratch = Scratch()

    @Test func backupIsAPrivateValidJournal() throws {
        let fixture = try Fixture(try scratch.journal())
        try fixture.journal.setEntry(columnID: fixture.columns[0].id, studentID: fixture.students[0].id, to: .mark(5))
        let target = scratch.path("backup.sqlite")
        try fixture.journal.backup(to: target)
        #expect(mode(of: target) == 0o600)
        let copy = try Journal(path: target, readOnly: true, user: "teacher")
        #expect(try copy.check().isEmpty)
        #expect(try copy.entry(columnID: fixture.columns[0].id, studentID: fixture.students[0].id) == .mark(5))
        // The class, its three students, the two columns and the mark.
        #expect(try copy.recentHistory(limit: 100).count == 7)
    }

    @Test func backupNeverOverwrites() throws {
        let journal = try scratch.journal()
        let target = scratch.path("existing.sqlite")
        _ = FileManager.default.createFile(atPath: target, contents: Data("keep".utf8))
        #expect(throws: StoreError.fileExists(path: target)) { try journal.backup(to: target) }
        #expect(FileManager.default.contents(atPath: target) == Data("keep".utf8))
    }

    @Test func checkFindsNothingInAHealthyJournal() throws {
        let fixture = try Fixture(try scratch.journal())
        #expect(try fixture.journal.check().isEmpty)
    }

    @Test func checkReportsForeignKeyViolations() throws {
        let fixture = try Fixture(try scratch.journal())
        try fixture.journal.connection.execute("""
            PRAGMA foreign_keys = OFF;
            INSERT INTO students(class_id, last_name, first_name, position) VALUES (999, 'Нет', 'Класса', 0);
            PRAGMA foreign_keys = ON;
            """)
        #expect(try fixture.journal.check() == [.foreignKey(table: "students", rowID: 4, parent: "classes")])
    }

    @Test func twoConnectionsSeeEachOthersChanges() throws {
        let fixture = try Fixture(try scratch.journal())
        let other = try scratch.journal()
        let first = try other.dataVersion()
        #expect(try other.dataVersion() == first)
        try fixture.journal.setEntry(columnID: fixture.columns[0].id, studentID: fixture.students[0].id, to: .mark(4))
        #expect(try other.dataVersion() != first)
        #expect(try other.entry(columnID: fixture.columns[0].id, studentID: fixture.students[0].id) == .mark(4))
        let ownVersion = try fixture.journal.dataVersion()
        try other.setEntry(columnID: fixture.columns[0].id, studentID: fixture.students[1].id, to: .mark(3))
        #expect(try fixture.journal.dataVersion() != ownVersion)
        #expect(try fixture.journal.grid(classID: fixture.schoolClass.id, subjectID: fixture.subject.id).entries.count == 2)
    }
}
