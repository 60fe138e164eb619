import Foundation
import HostileSupport
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// «Заполнить уроки по расписанию до …» (`g` in the grid): the date may be typed as `ДД.ММ`, the
/// day of the grid's school year, like every other date field.
@Suite struct LessonGenerationScreenTests {
    let scratch = ScratchFolder()
    static let today = LocalDate(year: 2026, month: 9, day: 20)!

    @Test func aDayAndMonthFillTheTermUpToThatDay() throws {
        let journal = try Journal(path: scratch.path("journal.sqlite"))
        let seventh = try journal.createClass(named: "7А")
        let algebra = try journal.createSubject(named: "Алгебра")
        try journal.setCurriculum(classID: seventh.id, subjectID: algebra.id)
        try journal.setTimetableLesson(classID: seventh.id, weekday: 1, lesson: 1, subjectID: algebra.id)
        try journal.setTimetableLesson(classID: seventh.id, weekday: 3, lesson: 2, subjectID: algebra.id)
        let session = try JournalSession(journal: journal, today: Self.today)
        var shell = AppShell(root: try PickerScreen(session: session), size: Size(width: 100, height: 30),
                             context: DrawContext(language: .ru))
        shell.handle(.enter)
        shell.type("g")
        #expect(shell.frame.contains { $0.contains("По дату") }, "\(shell.frame)")
        shell.type("13.09")
        shell.handle(.enter)
        // 1 September 2026 is a Tuesday: Wednesday 2.09, Monday 7.09, Wednesday 9.09.
        #expect(shell.frame.contains { $0.contains("Создано уроков: 3") }, "\(shell.frame)")
        let dates = try journal.columns(classID: seventh.id, subjectID: algebra.id).map(\.date.iso)
        #expect(dates == ["2026-09-02", "2026-09-07", "2026-09-09"])
    }
}
