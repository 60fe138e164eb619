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

    /// docs/rules.md §8a: class names compare without case and spaces, Latin look-alikes as
    /// Cyrillic; `--class 7а` or «7 A» in the file never make a second class beside 7А.
    @Test func classNamesMatchAnExistingClass() throws {
        let journal = try scratch.journal()
        #expect(try journal.importRoster(bytes("класс,фамилия,имя\n7А,Иванов,Иван\n"), className: nil).studentsAdded == 1)
        #expect(try journal.importRoster(bytes("фамилия,имя\nПетрова,Анна\n"), className: "7а").studentsAdded == 1)
        #expect(try journal.importRoster(bytes("класс,фамилия,имя\n7 A,Сидоров,Пётр\n 7а ,Иванов,Иван\n"), className: nil)
            == RosterImportResult(studentsAdded: 1, classes: 1))
        #expect(try journal.classes().map(\.name) == ["7А"])
        #expect(try journal.students(classID: journal.classes()[0].id).count == 3)
        // a new class is created under its folded name
        _ = try journal.importRoster(bytes("фамилия,имя\nОрлов,Глеб\n"), className: "8 б")
        #expect(try journal.classes().map(\.name) == ["7А", "8Б"])
    }

    /// docs/rules.md §8a: the class list is in Russian order — last, first, middle name, ё as е —
    /// whatever the file's order.
    @Test func theClassListIsInRussianOrder() throws {
        let journal = try scratch.journal()
        _ = try journal.importRoster(bytes("""
            фамилия,имя,отчество
            Фролов,Иван,
            Фёдоров,Пётр,
            Ёлкин,Олег,
            Егоров,Антон,
            Иванов,Антон,Сергеевич
            иванов,Антон,Андреевич

            """), className: "7А")
        let schoolClass = try #require(try journal.schoolClass(named: "7А"))
        #expect(try journal.students(classID: schoolClass.id).map(\.fullName) == [
            "Егоров Антон", "Ёлкин Олег", "иванов Антон Андреевич", "Иванов Антон Сергеевич", "Фёдоров Пётр", "Фролов Иван",
        ])
        #expect(try journal.grid(classID: schoolClass.id, subjectID: journal.findOrCreateSubject(named: "Алгебра").id)
            .students.map(\.lastName).first == "Егоров")
    }

    /// One «ФИО» (or `full_name`) column instead of the three name columns, as Сетевой город and
    /// МЭШ export it: last name, first name, the rest as отчество.
    @Test func aSingleFullNameColumnIsAccepted() throws {
        let journal = try scratch.journal()
        #expect(try journal.importRoster(bytes("""
            Класс;ФИО
            7А;Иванов Иван Петрович
            7А;  Петрова   Анна
            7А;Оглы Рашид Мамед оглы

            """), className: nil) == RosterImportResult(studentsAdded: 3, classes: 1))
        let schoolClass = try #require(try journal.schoolClass(named: "7А"))
        let students = try journal.students(classID: schoolClass.id)
        #expect(students.map(\.lastName) == ["Иванов", "Оглы", "Петрова"])
        #expect(students.map(\.middleName) == ["Петрович", "Мамед оглы", ""])
        #expect(try journal.importRoster(bytes("full_name\nСидоров Пётр\n"), className: "7А").studentsAdded == 1)
    }

    /// A full name of one word is refused with its line; nothing is written.
    @Test func aFullNameWithoutAFirstNameIsRefused() throws {
        let journal = try scratch.journal()
        #expect(throws: ImportFailure.badRows([ImportRowError(line: 3, problem: .missingValue(column: "first_name"))])) {
            try journal.importRoster(bytes("класс,фио\n7А,Иванов Иван\n7А,Петрова\n"), className: nil)
        }
        #expect(try journal.classes().isEmpty)
    }

    /// Without the name columns and without «ФИО» the three-column format's error is given.
    @Test func neitherNameColumnsNorFullNameIsAHeaderError() throws {
        let journal = try scratch.journal()
        #expect(throws: ImportFailure.header(CSVHeaderError(issues: [.missing(.lastName), .missing(.firstName)]))) {
            try journal.importRoster(bytes("класс,имя ученика\n7А,Иванов\n"), className: nil)
        }
        #expect(try journal.classes().isEmpty)
    }
}
