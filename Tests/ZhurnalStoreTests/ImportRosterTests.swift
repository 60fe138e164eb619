import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

@Suite struct ImportRosterTests {
    let scratch = Scratch()

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func duplicateRowsInTheFileAreRefusedWithTheirLines() throws {
        let journal = try scratch.journal()
        let file = """
            class,last_name,first_name,middle_name
            7А,Иванов,Иван,Петрович
            7А,Петрова,Анна,
            7А,Иванов,Иван,Петрович
            7А,  петрова ,Анна,
            7А,Иванов,Иван,Сергеевич

            """
        #expect(throws: ImportFailure.badRows([
            ImportRowError(line: 4, problem: .duplicateStudent("Иванов Иван")),
            ImportRowError(line: 5, problem: .duplicateStudent("петрова Анна")),
        ])) { try journal.importRoster(bytes(file), className: nil) }
        #expect(try journal.classes().isEmpty)
    }

    @Test func reimportingARosterAddsNobody() throws {
        let journal = try scratch.journal()
        let file = bytes("""
            класс;фамилия;имя;отчество
            7А;Иванов;Иван;Петрович
            7А;Иванов;Иван;Сергеевич
            7Б;Петрова;Анна;
            """)
        #expect(try journal.importRoster(file, className: nil) == RosterImportResult(studentsAdded: 3, classes: 2))
        #expect(try journal.importRoster(file, className: nil) == RosterImportResult(studentsAdded: 0, classes: 2))
        let classes = try journal.classes()
        #expect(classes.map(\.name) == ["7А", "7Б"])
        #expect(try journal.students(classID: classes[0].id).map(\.fullName)
            == ["Иванов Иван Петрович", "Иванов Иван Сергеевич"])
        // The class given on the command line wins over the file's column.
        #expect(try journal.importRoster(file, className: "8А") == RosterImportResult(studentsAdded: 3, classes: 1))
        #expect(try journal.students(classID: try journal.findOrCreateClass(named: "8А").id).count == 3)
    }
}
