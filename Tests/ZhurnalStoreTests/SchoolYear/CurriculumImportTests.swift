import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// `import curriculum` (docs/file-formats.md: `class,subject,teacher,hours`): creates classes and
/// subjects; a pair opens in the journal with no marks; all or nothing.
@Suite struct CurriculumImportTests {
    let scratch = Scratch()

    @Test func createsClassesSubjectsAndPairsThatOpenWithoutMarks() throws {
        let journal = try scratch.journal()
        let result = try journal.importCurriculum(SchoolYearFiles.utf8(SchoolYearFiles.curriculum))
        #expect(result == CurriculumImportResult(pairs: 3, classesCreated: 2, subjectsCreated: 3))
        #expect(try journal.classes().map(\.name) == ["7А", "10Б"])
        let curriculum = try journal.curriculum()
        #expect(curriculum.map { "\($0.className) \($0.subject) \($0.teacher) \($0.hours?.description ?? "")" }
            == ["7А Алгебра ivanova 3", "7А Русский язык  4", "10Б Физика petrov 2"])
        let seventh = try #require(try journal.schoolClass(named: "7a"))
        #expect(try journal.journalSubjects(classID: seventh.id).map(\.name) == ["Алгебра", "Русский язык"])
        #expect(try journal.subjects(withColumnsInClass: seventh.id).isEmpty)
    }

    @Test func russianHeadersSemicolonsAndWindows1251() throws {
        let journal = try scratch.journal()
        let file = SchoolYearFiles.windows1251("Класс;Предмет;Учитель;Часов в неделю\r\n5 а;Литература;;2,5\r\n")
        #expect(try journal.importCurriculum(file).pairs == 1)
        #expect(try journal.curriculum().map { "\($0.className) \($0.subject) \($0.hours?.description ?? "")" } == ["5 а Литература 2.5"])
    }

    @Test func reimportUpdatesTeacherAndHoursAndMatchesNamesAsClassNames() throws {
        let journal = try scratch.journal()
        _ = try journal.importCurriculum(SchoolYearFiles.utf8(SchoolYearFiles.curriculum))
        let again = try journal.importCurriculum(SchoolYearFiles.utf8("class,subject,teacher\n7a,алгебра,sidorova\n"))
        #expect(again == CurriculumImportResult(pairs: 1, classesCreated: 0, subjectsCreated: 0))
        #expect(try journal.curriculum().first?.teacher == "sidorova")
        #expect(try journal.classes().count == 2)
    }

    @Test func badRowsAreListedByLineAndNothingIsWritten() throws {
        let journal = try scratch.journal()
        _ = try journal.importCurriculum(SchoolYearFiles.utf8(SchoolYearFiles.curriculum))
        let before = try schoolYearDump(journal)
        let file = """
            class,subject,hours
            8А,Химия,2
            8А,,2
            8А,Биология,сорок
            8 a,химия,1
            8А,Физика,41

            """
        #expect(throws: ImportFailure.badRows([
            ImportRowError(line: 3, problem: .missingValue(column: "subject")),
            ImportRowError(line: 4, problem: .badHours("сорок")),
            ImportRowError(line: 5, problem: .duplicatePair(className: "8 a", subject: "химия")),
            ImportRowError(line: 6, problem: .badHours("41")),
        ])) { try journal.importCurriculum(SchoolYearFiles.utf8(file)) }
        #expect(try schoolYearDump(journal) == before)
    }
}
