import Foundation
import HostileSupport
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// A journal the user cannot write (docs/hostile-input.md): recognised as such, opened read-only,
/// readable, never written. Runs where `chmod` or `chattr +i` can protect a file.
@Suite(.enabled(if: WriteProtection.isSupported, "needs chmod (non-root) or chattr +i (root)"))
struct ReadOnlyJournalTests {
    private func makeJournal(_ scratch: Scratch, folder: String = "school") throws -> String {
        mkdir(scratch.path(folder), 0o700)
        let path = scratch.path(folder + "/journal.sqlite")
        let fixture = try Fixture(try Journal(path: path, user: "teacher"))
        try fixture.journal.setEntry(columnID: fixture.columns[0].id, studentID: fixture.students[0].id, to: .mark(5))
        return path
    }

    @Test func aProtectedFileIsNotWritableAndOpensReadOnly() throws {
        let scratch = Scratch()
        let path = try makeJournal(scratch)
        #expect(JournalDatabase.isWritable(path: path))
        let protection = WriteProtection(path)
        defer { protection.lift() }
        try #require(protection.isActive)
        #expect(!JournalDatabase.isWritable(path: path))
        let before = FileState(path: path)
        let journal = try Journal(path: path, readOnly: true)
        let schoolClass = try #require(try journal.classes().first)
        #expect(try journal.students(classID: schoolClass.id).count == 3)
        #expect(throws: StoreError.readOnly) { try journal.findOrCreateClass(named: "8Б") }
        #expect(FileState(path: path) == before)
    }

    @Test func aJournalInAProtectedFolderOpensReadOnlyWithoutSidecarFiles() throws {
        let scratch = Scratch()
        let path = try makeJournal(scratch)
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"), "the last connection removed -shm")
        let protection = WriteProtection(scratch.path("school"))
        defer { protection.lift() }
        try #require(protection.isActive)
        #expect(!JournalDatabase.isWritable(path: path))
        let before = FileState(path: path)
        let journal = try Journal(path: path, readOnly: true)
        let fixture = try #require(try journal.classes().first)
        let subject = try #require(try journal.subjects().first)
        let column = try #require(try journal.columns(classID: fixture.id, subjectID: subject.id).first { $0.kindCode == "К" })
        let student = try #require(try journal.students(classID: fixture.id).first)
        #expect(try journal.entry(columnID: column.id, studentID: student.id) == .mark(5))
        #expect(throws: StoreError.readOnly) { try journal.setEntry(columnID: column.id, studentID: student.id, to: .mark(2)) }
        #expect(FileState(path: path) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("school")) == ["journal.sqlite"])
    }
}
