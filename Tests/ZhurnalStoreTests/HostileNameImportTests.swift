import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// Names from files: printable ones are stored exactly, ones with control or bidirectional
/// control characters are refused with their line (docs/hostile-input.md, "Names").
@Suite struct HostileNameImportTests {
    let scratch = Scratch()

    @Test func printableNamesAreStoredExactly() throws {
        let journal = try scratch.journal()
        let long = String(repeating: "Ю", count: 200)
        let names = [("Д'Артаньян \"Шарль\"", "Ян"), ("👨‍👩‍👧‍👦Семьёва", "🇷🇺Флаг"), (long, "Пётр"), ("שלום", "Е\u{0301}ва")]
        let file = "class,last_name,first_name\n" + names.map { last, first in
            "7А,\"\(last.replacingOccurrences(of: "\"", with: "\"\""))\",\(first)"
        }.joined(separator: "\n")
        _ = try journal.importRoster(Array(file.utf8), className: nil)
        let classID = try #require(try journal.classes().first).id
        let stored = try journal.students(classID: classID).map { ($0.lastName, $0.firstName) }
        // stored exactly; listed in the class-list order, not the file's
        #expect(stored.map { "\($0.0)|\($0.1)" }.sorted() == names.map { "\($0.0)|\($0.1)" }.sorted())
    }

    @Test func controlCharactersInNamesAndSubjectsAreRefusedWithTheirLine() throws {
        let journal = try scratch.journal()
        let roster = "class,last_name,first_name,middle_name\n7А,Иванов,Пётр,\n7А,Nul\u{0},Ян,\n7А,Ян,Ян,Я\u{85}н\n8Б\u{1B}[31m,Ян,Ян,\n"
        #expect(throws: ImportFailure.badRows([
            ImportRowError(line: 3, problem: .controlCharacter(column: "last_name", scalar: 0)),
            ImportRowError(line: 4, problem: .controlCharacter(column: "middle_name", scalar: 0x85)),
            ImportRowError(line: 5, problem: .controlCharacter(column: "class", scalar: 0x1B)),
        ])) { try journal.importRoster(Array(roster.utf8), className: nil) }
        #expect(try journal.classes().isEmpty)

        _ = try journal.importRoster(Array("class,last_name,first_name\n7А,Иванов,Пётр\n".utf8), className: nil)
        let marks = "class,subject,date,work,weight,student,mark\n7А,\"Алгебра\u{202E}\",2026-09-05,тест,,Иванов Пётр,5\n"
        #expect(throws: ImportFailure.badRows([ImportRowError(line: 2, problem: .controlCharacter(column: "subject", scalar: 0x202E))])) {
            try journal.importMarks(Array(marks.utf8), kinds: WorkKind.defaults)
        }
        #expect(try journal.subjects().isEmpty)
    }
}
