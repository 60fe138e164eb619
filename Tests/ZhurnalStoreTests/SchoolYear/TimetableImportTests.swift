import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// `import timetable` (docs/file-formats.md: `class,weekday,lesson,subject`): replaces the listed
/// classes' timetables; all or nothing.
@Suite struct TimetableImportTests {
    let scratch = Scratch()

    @Test func replacesTheTimetablesOfTheListedClasses() throws {
        let journal = try scratch.journal()
        _ = try journal.importCurriculum(SchoolYearFiles.utf8(SchoolYearFiles.curriculum))
        #expect(try journal.importTimetable(SchoolYearFiles.utf8(SchoolYearFiles.timetable))
            == TimetableImportResult(classes: 2, lessons: 5))
        let seventh = try #require(try journal.schoolClass(named: "7А"))
        let algebra = try #require(try journal.findSubject(named: "Алгебра"))
        #expect(try journal.timetable(classID: seventh.id).lessons(on: 1).map(\.subject).filter { $0 == algebra.id }.count == 2)
        // A new timetable for 7А only: 10Б keeps its own.
        _ = try journal.importTimetable(SchoolYearFiles.windows1251("класс;день;урок;предмет\r\n7 а;Вторник;4;Алгебра\r\n"))
        #expect(try journal.timetable(classID: seventh.id).lessons == [TimetableLesson(weekday: 2, lesson: 4, subject: algebra.id)])
        let tenth = try #require(try journal.schoolClass(named: "10Б"))
        #expect(try journal.timetable(classID: tenth.id).lessons.count == 1)
    }

    @Test func aSubjectOfTheTimetableJoinsTheCurriculum() throws {
        let journal = try scratch.journal()
        let seventh = try journal.createClass(named: "7А")
        try journal.createSubject(named: "Музыка")
        _ = try journal.importTimetable(SchoolYearFiles.utf8("class,weekday,lesson,subject\n7А,5,6,Музыка\n"))
        #expect(try journal.journalSubjects(classID: seventh.id).map(\.name) == ["Музыка"])
    }

    @Test func badRowsAreListedByLineAndNothingIsWritten() throws {
        let journal = try scratch.journal()
        _ = try journal.importCurriculum(SchoolYearFiles.utf8(SchoolYearFiles.curriculum))
        _ = try journal.importTimetable(SchoolYearFiles.utf8(SchoolYearFiles.timetable))
        let before = try schoolYearDump(journal)
        let file = """
            class,weekday,lesson,subject
            7А,пн,1,Физика
            7А,пн,1,Алгебра
            9А,пн,2,Алгебра
            7А,пн,3,Химия
            7А,восьмой,4,Алгебра
            7А,вт,11,Алгебра

            """
        #expect(throws: ImportFailure.badRows([
            ImportRowError(line: 3, problem: .duplicateLesson(className: "7А", weekday: 1, lesson: 1)),
            ImportRowError(line: 4, problem: .unknownClass("9А")),
            ImportRowError(line: 5, problem: .unknownSubject("Химия")),
            ImportRowError(line: 6, problem: .badWeekday("восьмой")),
            ImportRowError(line: 7, problem: .badLesson("11")),
        ])) { try journal.importTimetable(SchoolYearFiles.utf8(file)) }
        #expect(try schoolYearDump(journal) == before)
    }
}
