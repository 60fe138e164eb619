import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

@Suite struct ImportFinalMarksTests {
    let scratch = Scratch()

    private func file(_ rows: String) -> [UInt8] {
        Array(("class,subject,term,student,mark,reason\n" + rows).utf8)
    }

    @Test func theYearIsTermZeroAndTheReasonIsKept() throws {
        let fixture = try Fixture(try scratch.journal())
        let journal = fixture.journal
        let changed = try journal.importFinalMarks(file("""
            7А,Математика,1,Иванов Пётр,4,
            7А,математика,год,иванов петр,5,олимпиада
            7А,Математика,2,Петрова Анна Ивановна,н/а,болела
            """))
        #expect(changed == 3)
        let marks = try journal.finalMarks(studentID: fixture.students[0].id)
        #expect(marks.map(\.term) == [0, 1])
        #expect(marks.map(\.value) == ["5", "4"])
        #expect(marks[0].reason == "олимпиада")
        #expect(try journal.finalMarks(studentID: fixture.students[2].id).map(\.value) == ["н/а"])
        #expect(try journal.finalMarkHistory(studentID: fixture.students[0].id, subjectID: fixture.subject.id, term: 0)
            .map(\.newValue) == ["5"])
    }

    @Test func aBadTermIsRefusedAndNothingIsWritten() throws {
        let fixture = try Fixture(try scratch.journal())
        let journal = fixture.journal
        let before = try journal.recentHistory(limit: 1000)
        #expect(throws: ImportFailure.badRows([
            ImportRowError(line: 3, problem: .badTerm("5")),
            ImportRowError(line: 4, problem: .badTerm("осень")),
            ImportRowError(line: 5, problem: .ambiguousStudent(name: "Петрова Анна", className: "7А")),
            ImportRowError(line: 6, problem: .badFinalMark("6")),
        ])) {
            try journal.importFinalMarks(file("""
                7А,Математика,1,Иванов Пётр,4,
                7А,Математика,5,Иванов Пётр,4,
                7А,Математика,осень,Иванов Пётр,4,
                7А,Математика,1,Петрова Анна,4,
                7А,Математика,2,Иванов Пётр,6,
                """))
        }
        #expect(try journal.recentHistory(limit: 1000) == before)
        #expect(try journal.finalMarks(studentID: fixture.students[0].id).isEmpty)
    }

    /// One rule for all imports: a subject the journal lacks is created, as `import marks` does;
    /// names differing only in case, ё and spaces are one subject.
    @Test func aMissingSubjectIsCreated() throws {
        let fixture = try Fixture(try scratch.journal())
        let journal = fixture.journal
        #expect(try journal.importFinalMarks(file("""
            7А,Химия,1,Иванов Пётр,4,
            7а,  химия ,2,Иванов Пётр,5,
            7А,математика,1,Иванов Пётр,3,
            """)) == 3)
        #expect(try journal.subjects().map(\.name) == ["Математика", "Химия"])
        let chemistry = try #require(try journal.subjects().first { $0.name == "Химия" })
        #expect(try journal.finalMarks(studentID: fixture.students[0].id).filter { $0.subjectID == chemistry.id }.map(\.value)
            == ["4", "5"])
    }

    /// A refused file creates no subject either.
    @Test func aRefusedFileCreatesNoSubject() throws {
        let fixture = try Fixture(try scratch.journal())
        let journal = fixture.journal
        #expect(throws: ImportFailure.self) {
            try journal.importFinalMarks(file("7А,Химия,1,Иванов Пётр,4,\n7А,Химия,1,Нет Такого,4,\n"))
        }
        #expect(try journal.subjects().map(\.name) == ["Математика"])
    }
}
