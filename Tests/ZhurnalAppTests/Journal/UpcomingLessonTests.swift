import Foundation
import HostileSupport
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// An upcoming lesson (issue 13, item 11): its topic and homework may be written before the day,
/// marks and attendance are refused until then with a message saying so, and the grid, the
/// student's card and the summary report count the same marks.
@Suite struct UpcomingLessonTests {
    let scratch = ScratchFolder()
    static let today = LocalDate(year: 2026, month: 9, day: 20)!
    static let upcoming = LocalDate(year: 2026, month: 9, day: 25)!

    /// 7А Алгебра: two held lessons with marks and one on 25.09, five days ahead.
    private func journal() throws -> (Journal, JournalSession, [Student], LessonColumn) {
        let journal = try Journal(path: scratch.path("journal.sqlite"), today: Self.today, user: "teacher")
        let schoolClass = try journal.findOrCreateClass(named: "7А")
        let subject = try journal.findOrCreateSubject(named: "Алгебра")
        let students = [try journal.addStudent(classID: schoolClass.id, lastName: "Андреев", firstName: "Борис"),
                        try journal.addStudent(classID: schoolClass.id, lastName: "Петров", firstName: "Иван")]
        for (day, marks) in [(7, [Entry.mark(5), .mark(3)]), (14, [.mark(4), .absence(.absent)])] {
            let column = try journal.addColumn(classID: schoolClass.id, subjectID: subject.id,
                                               date: LocalDate(year: 2026, month: 9, day: day)!, kindCode: "answer")
            for (student, mark) in zip(students, marks) { try journal.setEntry(columnID: column.id, studentID: student.id, to: mark) }
        }
        let upcoming = try journal.addColumn(classID: schoolClass.id, subjectID: subject.id, date: Self.upcoming,
                                             kindCode: "control", topic: "Дроби; задание: № 112–115")
        return (journal, try JournalSession(journal: journal, today: Self.today), students, upcoming)
    }

    @Test func aMarkInAnUpcomingLessonIsRefusedWithAMessage() throws {
        let (journal, session, students, upcoming) = try journal()
        let pair = try #require(try session.classSubjects().first)
        var shell = AppShell(root: try JournalGridScreen(session: session, pair: pair), size: Size(width: 100, height: 30),
                             context: DrawContext(language: .ru))
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        shell.type("5\r")
        #expect(shell.frame[28].trimmingCharacters(in: .whitespaces)
            == "Урок 25.09.2026 ещё не наступил: отметки и пропуски — с его дня")
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        shell.type("н\r")
        #expect(try journal.entry(columnID: upcoming.id, studentID: students[0].id) == nil)
        #expect(try journal.history(columnID: upcoming.id, studentID: students[0].id).isEmpty)
        // Its topic and homework can change before the day.
        var column = upcoming
        column.topic = "Дроби; задание: № 116"
        try journal.updateColumn(column)
        #expect(try journal.column(id: upcoming.id)?.topic == "Дроби; задание: № 116")
        // English says the same.
        #expect(JournalText.failed(StoreError.upcomingLesson(Self.upcoming)).text(.en)
            == "The lesson of 25.09.2026 is still to come: marks and attendance from its day on")
    }

    @Test func theGridTheCardAndTheSummaryCountTheSameMarks() throws {
        let (journal, session, students, upcoming) = try journal()
        #expect(throws: (any Error).self) {
            try journal.importMarks(Array("class,subject,date,work,weight,student,mark\n7А,Алгебра,2026-09-25,контрольная работа,,Андреев Борис,2\n".utf8),
                                    kinds: WorkKind.defaults)
        }
        #expect(try journal.entry(columnID: upcoming.id, studentID: students[0].id) == nil)
        let pair = try #require(try session.classSubjects().first)
        let grid = try JournalGridScreen(session: session, pair: pair)
        let term = session.currentTerm
        let builder = ProgressBuilder(journal: journal, settings: session.settings, today: Self.today)
        let summary = try SummaryBuilder(journal: journal, settings: session.settings, today: Self.today)
            .subject(className: "7А", subject: "Алгебра", period: .term(term.number))
        for (row, student) in students.enumerated() {
            let card = try builder.card(schoolClass: try #require(try journal.classes().first), student: student, term: term)
            let onCard = try #require(card.subjects.first { $0.subject == "Алгебра" }).recommendation
            let inGrid = grid.results[row]
            let inSummary = try #require(summary.rows.first { $0.studentID == student.id })
            #expect(onCard.average == inGrid.average && inGrid.average == inSummary.average)
            #expect(onCard.markCount == inGrid.markCount && inGrid.markCount == inSummary.markCount)
        }
        #expect(grid.results[0].markCount == 2)
    }

    @Test func aCardWithOnlyUpcomingLessonsSaysWhy() throws {
        let (journal, session, _, _) = try journal()
        let schoolClass = try journal.findOrCreateClass(named: "8Б")
        let student = try journal.addStudent(classID: schoolClass.id, lastName: "Орлов", firstName: "Глеб")
        let subject = try journal.findOrCreateSubject(named: "Физика")
        try journal.addColumn(classID: schoolClass.id, subjectID: subject.id, date: Self.upcoming, kindCode: "answer")
        let screen = try StudentCardScreen(session: session, classID: schoolClass.id, studentID: student.id,
                                           term: session.currentTerm)
        var buffer = CellBuffer(size: Size(width: 100, height: 20))
        screen.draw(into: &buffer, context: DrawContext(language: .ru))
        #expect(buffer.lines()[2].hasPrefix(" До 20.09.2026 уроков не было; впереди в этом периоде 1 урок: отметки появятся после них"))
    }
}
