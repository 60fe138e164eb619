import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore

/// The class teacher's attendance from the first screen: F6 opens the chosen class's attendance
/// over every subject without opening a grid (the fixture: three Алгебра lessons up to 20.09,
/// Сидорова absent on 07.09).
@Suite struct AttendanceScreenTests {
    let scratch = ScratchFolder()

    @Test func f6OpensTheAttendanceOfTheChosenClass() throws {
        let fixture = try GridFixture(scratch)
        var shell = AppShell(root: try PickerScreen(session: fixture.session), size: Size(width: 100, height: 24),
                             context: DrawContext(language: .ru))
        #expect(shell.frame.last?.contains("F6Посещ.") == true, "\(shell.frame.last ?? "")")
        shell.handle(.function(6))
        let screen = try #require(shell.top as? AttendanceScreen)
        #expect(screen.report.className == "7А" && screen.report.term == 1)
        let frame = shell.frame
        #expect(frame.contains { $0.contains("Посещаемость: 7А, 1 четверть (промежуточная)") }, "\(frame)")
        #expect(frame.contains { $0.contains("Уроки с 01.09.2026 по 20.09.2026") })
        let sidorova = try #require(frame.first { $0.contains("Сидорова Мария") })
        #expect(sidorova.split(separator: " ").suffix(8) == ["Мария", "3", "1", "0", "0", "1", "0", "33.33"], "\(sidorova)")
        let total = try #require(frame.first { $0.contains("Итого") })
        #expect(total.split(separator: " ").suffix(7) == ["12", "1", "0", "0", "1", "0", "8.33"], "\(total)")
        shell.handle(.escape)
        #expect(shell.top is PickerScreen)
    }

    @Test func tGoesToTheNextTermWhichHasNotBegun() throws {
        let fixture = try GridFixture(scratch)
        var shell = AppShell(root: try PickerScreen(session: fixture.session), size: Size(width: 100, height: 24),
                             context: DrawContext(language: .en))
        shell.handle(.function(6))
        shell.type("t")
        let screen = try #require(shell.top as? AttendanceScreen)
        #expect(screen.report.term == 2)
        #expect(shell.frame.contains { $0.contains("The term has not begun: no lessons yet") })
        let total = try #require(shell.frame.first { $0.contains("Total") })
        #expect(total.split(separator: " ").suffix(7) == ["0", "0", "0", "0", "0", "0", "—"], "\(total)")
    }

    @Test func f6FollowsTheFilterAndDoesNothingWhenNothingIsShown() throws {
        let fixture = try GridFixture(scratch)
        var shell = AppShell(root: try PickerScreen(session: fixture.session), size: Size(width: 100, height: 24),
                             context: DrawContext(language: .en))
        shell.type("zzz")
        shell.handle(.function(6))
        #expect(shell.top is PickerScreen)
    }

    /// F6 has one screen on the picker; F3 and F5 keep theirs.
    @Test func f6IsTheAttendanceKeyOnly() throws {
        let fixture = try GridFixture(scratch)
        let picker = try PickerScreen(session: fixture.session)
        #expect(picker.keyBindings.filter { $0.trigger.matches(.function(6)) }.map(\.help) == [.journal(.attendance(.keyAttendance))])
    }
}
