import Foundation
import HostileSupport
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The calendar on the settings screen (F4): exact terms, a parallel's own terms, holidays; the
/// settings form keeps exact dates («свой»).
@Suite struct CalendarScreenTests {
    let scratch = ScratchFolder()
    static let today = LocalDate(year: 2026, month: 9, day: 20)!

    private func settings(_ journal: Journal) throws -> AppShell {
        let session = try JournalSession(journal: journal, today: Self.today)
        var shell = AppShell(root: try PickerScreen(session: session), size: Size(width: 110, height: 40),
                             context: DrawContext(language: .ru))
        shell.handle(.function(9))
        return shell
    }

    @Test func exactTermsParallelsAndHolidaysTypedOnScreen() throws {
        let journal = try Journal(path: scratch.path("journal.sqlite"))
        var shell = try settings(journal)
        shell.handle(.function(4))
        // The school's default quarters, the field showing its end.
        #expect(shell.frame.contains { $0.contains("01.04.2027–31.05.2027") }, "\(shell.frame)")
        shell.handle(.ctrl("u"))
        shell.type("01.09.2026–24.10.2026; 03.11.2026–28.12.2026; 09.01.2027–21.03.2027; 31.03.2027–26.05.2027")
        shell.handle(.tab)
        shell.type("25.10.2026–02.11.2026; 15.02.2027–21.02.2027 (1)")
        shell.handle(.tab)
        shell.type("10-11: 01.09.2026–28.12.2026; 09.01.2027–26.05.2027")
        shell.handle(.enter)
        #expect(shell.frame.contains { $0.contains("Календарь сохранён") }, "\(shell.frame)")
        let calendar = try journal.schoolCalendar(today: Self.today)
        #expect(calendar.terms(forClass: "7А").terms.map(\.end).first == LocalDate(year: 2026, month: 10, day: 24))
        #expect(calendar.terms(forClass: "10А").terms.count == 2)
        #expect(calendar.holidays.count == 2)
        #expect(calendar.holidays.last?.grades == GradeRange(1, 1))
        // The settings form shows the calendar as «свой» and saving it keeps the exact dates.
        #expect(shell.frame.contains { $0.contains("свой 2026") }, "\(shell.frame)")
        shell.handle(.enter)
        #expect(try journal.schoolSettings(today: Self.today).calendar.terms.first?.end == LocalDate(year: 2026, month: 10, day: 24))
    }

    @Test func anUnreadableFieldIsNamedAndNothingIsSaved() throws {
        let journal = try Journal(path: scratch.path("journal.sqlite"))
        var shell = try settings(journal)
        shell.handle(.function(4))
        shell.handle(.ctrl("u"))
        shell.type("01.11.2026–31.12.2026; 01.09.2026–31.10.2026")
        shell.handle(.enter)
        #expect(shell.frame.contains { $0.contains("Не читается") }, "\(shell.frame)")
        #expect(try journal.setting(named: "school") == nil)
    }
}
