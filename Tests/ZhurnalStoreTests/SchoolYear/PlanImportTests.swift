import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// `import plan` (КТП): topics and homework go to the class's lessons of the subject in date order;
/// a re-import keeps hand-typed topics and says so; all or nothing.
@Suite struct PlanImportTests {
    let scratch = Scratch()
    let plan = """
        класс,предмет,номер,тема,дз
        7А,Алгебра,1,Числа,§ 1
        7А,Алгебра,2,Дроби,§ 2
        7А,Алгебра,3,Проценты,

        """

    @Test func assignsTopicsInOrderAndKeepsHandTypedOnReimport() throws {
        let journal = try scratch.journal()
        let calendar = try SchoolYearFiles.school(journal)
        _ = try journal.generateLessons(dates: d("2026-09-07")...d("2026-09-20"), calendar: calendar, kindCode: "answer")
        let first = try journal.importPlan(SchoolYearFiles.utf8(plan), calendar: calendar)
        #expect(first == PlanImportResult(topics: 3, assigned: 3, kept: [], unplaced: 0))
        let seventh = try #require(try journal.schoolClass(named: "7А"))
        let algebra = try #require(try journal.findSubject(named: "Алгебра"))
        var columns = try journal.columns(classID: seventh.id, subjectID: algebra.id)
        #expect(columns.map(\.topic) == ["Числа", "Дроби", "Проценты", ""])
        #expect(columns.map(\.homework) == ["§ 1", "§ 2", "", ""])
        // The teacher types the second lesson's topic by hand; the plan changes.
        columns[1].topic = "Повторение"
        try journal.updateColumn(columns[1])
        let changed = plan.replacingOccurrences(of: "Дроби", with: "Обыкновенные дроби")
            .replacingOccurrences(of: "Проценты,", with: "Проценты,§ 3")
        let second = try journal.importPlan(SchoolYearFiles.utf8(changed), calendar: calendar)
        #expect(second.assigned == 1)
        #expect(second.kept == [PlanImportResult.Kept(className: "7А", subject: "Алгебра", date: d("2026-09-07"), topic: "Повторение")])
        columns = try journal.columns(classID: seventh.id, subjectID: algebra.id)
        #expect(columns.map(\.topic) == ["Числа", "Повторение", "Проценты", ""])
        #expect(columns.map(\.homework) == ["§ 1", "§ 2", "§ 3", ""])
    }

    @Test func lessonsGeneratedAfterThePlanGetItsTopics() throws {
        let journal = try scratch.journal()
        let calendar = try SchoolYearFiles.school(journal)
        let result = try journal.importPlan(SchoolYearFiles.utf8(plan), calendar: calendar)
        #expect(result.unplaced == 3)
        let generated = try journal.generateLessons(dates: d("2026-09-07")...d("2026-09-20"), calendar: calendar, kindCode: "answer")
        #expect(generated.topics == 3)
    }

    @Test func badRowsAreListedByLineAndNothingIsWritten() throws {
        let journal = try scratch.journal()
        let calendar = try SchoolYearFiles.school(journal)
        _ = try journal.generateLessons(dates: d("2026-09-07")...d("2026-09-20"), calendar: calendar, kindCode: "answer")
        let before = try schoolYearDump(journal)
        let file = """
            class;subject;number;topic;homework
            7А;Алгебра;1;Числа;
            7А;Алгебра;3;Дроби;
            9А;Алгебра;1;Числа;
            7А;Химия;1;Вещества;
            7А;Русский язык;1;;
            7А;Русский язык;первый;Звуки;

            """
        #expect(throws: ImportFailure.badRows([
            ImportRowError(line: 3, problem: .planNumber(expected: 2, found: "3")),
            ImportRowError(line: 4, problem: .unknownClass("9А")),
            ImportRowError(line: 5, problem: .unknownSubject("Химия")),
            ImportRowError(line: 6, problem: .emptyTopic),
            ImportRowError(line: 7, problem: .badNumber("первый")),
        ])) { try journal.importPlan(SchoolYearFiles.windows1251(file), calendar: calendar) }
        #expect(try schoolYearDump(journal) == before)
    }
}
