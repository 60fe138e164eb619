import Foundation
import HostileSupport
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The school year on the grid: the lesson form's homework field, topic and homework on the
/// lesson line, upcoming lessons dimmed, and «заполнить уроки по расписанию до …» (g).
@Suite struct LessonLineTests {
    let scratch = ScratchFolder()

    @Test func homeworkTypedInTheFormShowsOnTheLessonLine() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.handle(.function(2))
        // Date, kind, weight, topic, outcomes, level, homework: six Tabs to the homework.
        for _ in 0..<3 { shell.handle(.tab) }
        shell.type("Дроби")
        for _ in 0..<3 { shell.handle(.tab) }
        shell.type("№ 12")
        shell.handle(.enter)
        #expect(shell.grid != nil)
        #expect(shell.frame.contains { $0.contains("самостоятельная работа, ×2 · Тема: Дроби · ДЗ: № 12") }, "\(shell.frame)")
        let column = try #require(try fixture.journal.column(id: fixture.columns[2].id))
        #expect(column.homework == "№ 12")
        #expect(!column.topicFromPlan)
    }

    @Test func upcomingLessonsAreDimmed() throws {
        let fixture = try GridFixture(scratch)
        _ = try fixture.journal.addColumn(classID: fixture.pair.classID, subjectID: fixture.pair.subjectID,
                                          date: LocalDate(year: 2026, month: 9, day: 25)!, kindCode: "answer")
        let shell = try fixture.shell()
        let buffer = shell.render()
        // 18.09 is before today (20.09): a header; 25.09 is upcoming: muted.
        #expect(buffer.lines()[2].contains("18.09 25.09"))
        #expect(buffer[29 + 3 * 6, 2].style.role == .muted)
        #expect(buffer[29, 2].style.role == .header)
    }

    @Test func theGridKeyFillsTheTermFromTheTimetable() throws {
        let fixture = try GridFixture(scratch)
        try fixture.journal.setTimetable(classID: fixture.pair.classID, try #require(Timetable([
            TimetableLesson(weekday: 1, lesson: 1, subject: fixture.pair.subjectID),
            TimetableLesson(weekday: 5, lesson: 2, subject: fixture.pair.subjectID),
        ])))
        var shell = try fixture.shell()
        shell.type("g")
        #expect(shell.frame.contains { $0.contains("По дату (ДД.ММ.ГГГГ)") })
        #expect(shell.frame.contains { $0.contains("31.10.2026") })
        // Up to 30 September: Mondays 7, 14, 21, 28 and Fridays 4, 11, 18, 25; the columns made by hand
        // on 07.09 and 14.09 take lesson 1, the one on 18.09 lesson 2: five lessons are new.
        shell.handle(.ctrl("u"))
        shell.type("30.09.2026")
        shell.handle(.enter)
        #expect(shell.frame.contains { $0.contains("Создано уроков: 5") }, "\(shell.frame)")
        let columns = try fixture.journal.columns(classID: fixture.pair.classID, subjectID: fixture.pair.subjectID)
        #expect(columns.count == 8)
        #expect(columns.allSatisfy { $0.lesson != nil })
    }
}
