import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// `lessons generate` on a journal file: one column per timetable lesson on school days, in one
/// transaction; running it again adds nothing; undo takes the whole generation back.
@Suite struct LessonGenerationStoreTests {
    let scratch = Scratch()

    @Test func aWeekOfLessonsIsGeneratedOnceAndNumbered() throws {
        let journal = try scratch.journal()
        let calendar = try SchoolYearFiles.school(journal)
        let week = d("2026-09-07")...d("2026-09-13")
        let result = try journal.generateLessons(dates: week, calendar: calendar, kindCode: "answer")
        #expect(result == LessonGenerationResult(created: 5, numbered: 0, classes: 2, topics: 0))
        let seventh = try #require(try journal.schoolClass(named: "7А"))
        let algebra = try #require(try journal.findSubject(named: "Алгебра"))
        let columns = try journal.columns(classID: seventh.id, subjectID: algebra.id)
        #expect(columns.map(\.date) == [d("2026-09-07"), d("2026-09-07")])
        #expect(columns.map(\.lesson) == [1, 2])
        #expect(columns.map(\.kindCode) == ["answer", "answer"])
        let again = try journal.generateLessons(dates: week, calendar: calendar, kindCode: "answer")
        #expect(again.created == 0)
        #expect(try journal.columns(classID: seventh.id, subjectID: algebra.id).count == 2)
    }

    @Test func holidaysAndTermsOfTheParallelAreRespected() throws {
        let journal = try scratch.journal()
        let calendar = try SchoolYearFiles.school(journal)
        // 26 Oct – 8 Nov: holidays to 2 November; 10Б's half-year has no break, 7А's quarter starts 3 November.
        _ = try journal.generateLessons(dates: d("2026-10-19")...d("2026-11-09"), calendar: calendar, kindCode: "answer")
        let tenth = try #require(try journal.schoolClass(named: "10Б"))
        let physics = try #require(try journal.findSubject(named: "Физика"))
        #expect(try journal.columns(classID: tenth.id, subjectID: physics.id).map(\.date) == [d("2026-10-19"), d("2026-11-09")])
        let seventh = try #require(try journal.schoolClass(named: "7А"))
        let russian = try #require(try journal.findSubject(named: "Русский язык"))
        #expect(try journal.columns(classID: seventh.id, subjectID: russian.id).map(\.date)
            == [d("2026-10-19"), d("2026-10-21"), d("2026-11-04"), d("2026-11-09")])
    }

    @Test func oneClassAndOneSubject() throws {
        let journal = try scratch.journal()
        let calendar = try SchoolYearFiles.school(journal)
        let seventh = try #require(try journal.schoolClass(named: "7А"))
        let russian = try #require(try journal.findSubject(named: "Русский язык"))
        let result = try journal.generateLessons(dates: d("2026-09-07")...d("2026-09-13"), classID: seventh.id,
                                                 subjectID: russian.id, calendar: calendar, kindCode: "answer")
        #expect(result.created == 2)
        #expect(try journal.columns(dates: d("2026-09-01")...d("2026-12-31")).allSatisfy { $0.subjectID == russian.id })
    }

    @Test func aColumnMadeByHandBecomesTheLessonAndKeepsItsMarks() throws {
        let journal = try scratch.journal()
        let calendar = try SchoolYearFiles.school(journal)
        let seventh = try #require(try journal.schoolClass(named: "7А"))
        let algebra = try #require(try journal.findSubject(named: "Алгебра"))
        let student = try journal.addStudent(classID: seventh.id, lastName: "Иванов", firstName: "Иван")
        let made = try journal.addColumn(classID: seventh.id, subjectID: algebra.id, date: d("2026-09-07"), kindCode: "control")
        _ = try journal.setEntry(columnID: made.id, studentID: student.id, to: .mark(5))
        let result = try journal.generateLessons(dates: d("2026-09-07")...d("2026-09-07"), calendar: calendar, kindCode: "answer")
        #expect(result.numbered == 1)
        let columns = try journal.columns(classID: seventh.id, subjectID: algebra.id)
        #expect(columns.map(\.id).first == made.id)
        #expect(columns.map(\.lesson) == [1, 2])
        #expect(columns.first?.kindCode == "control")
    }

    @Test func undoTakesTheGenerationBackAsOneChange() throws {
        let journal = try scratch.journal()
        let calendar = try SchoolYearFiles.school(journal)
        _ = try journal.generateLessons(dates: d("2026-09-07")...d("2026-09-20"), calendar: calendar, kindCode: "answer")
        #expect(try journal.columns(dates: d("2026-09-01")...d("2026-09-30")).count == 10)
        _ = try journal.undo()
        #expect(try journal.columns(dates: d("2026-09-01")...d("2026-09-30")).isEmpty)
    }
}
