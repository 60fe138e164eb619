import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// Classes and subjects are created, renamed and removed; removal only when unused, else a
/// refusal with counts that changes nothing.
@Suite struct ClassesAndSubjectsTests {
    let scratch = Scratch()

    @Test func createRenameAndRemoveUnused() throws {
        let journal = try scratch.journal()
        let seventh = try journal.createClass(named: " 7А ")
        let maths = try journal.createSubject(named: "Математика")
        try journal.setCurriculum(classID: seventh.id, subjectID: maths.id)
        try journal.renameClass(id: seventh.id, to: "7Б")
        try journal.renameSubject(id: maths.id, to: "Алгебра")
        #expect(try journal.curriculum().map { "\($0.className) \($0.subject)" } == ["7Б Алгебра"])
        try journal.removeSubject(id: maths.id)
        try journal.removeClass(id: seventh.id)
        #expect(try journal.classes().isEmpty)
        #expect(try journal.subjects().isEmpty)
        #expect(try journal.curriculum().isEmpty)
    }

    @Test func namesAreComparedAsClassNames() throws {
        let journal = try scratch.journal()
        let seventh = try journal.createClass(named: "7А")
        let other = try journal.createClass(named: "8А")
        #expect(throws: SchoolYearRefusal.nameTaken("7А")) { try journal.createClass(named: "7 a") }
        #expect(throws: SchoolYearRefusal.nameTaken("7А")) { try journal.renameClass(id: other.id, to: "7а") }
        #expect(throws: SchoolYearRefusal.emptyName) { try journal.createSubject(named: "  ") }
        try journal.renameClass(id: seventh.id, to: "7а")
        #expect(try journal.classes().map(\.name) == ["7а", "8А"])
    }

    @Test func removingAClassInUseIsRefusedWithCountsAndChangesNothing() throws {
        let journal = try scratch.journal()
        let fixture = try Fixture(journal)
        try journal.setCurriculum(classID: fixture.schoolClass.id, subjectID: fixture.subject.id)
        let before = try schoolYearDump(journal)
        #expect(throws: SchoolYearRefusal.classInUse(name: "7А", students: 3, lessons: 2)) {
            try journal.removeClass(id: fixture.schoolClass.id)
        }
        #expect(throws: SchoolYearRefusal.subjectInUse(name: "Математика", lessons: 2, finalMarks: 0)) {
            try journal.removeSubject(id: fixture.subject.id)
        }
        #expect(try schoolYearDump(journal) == before)
    }
}
