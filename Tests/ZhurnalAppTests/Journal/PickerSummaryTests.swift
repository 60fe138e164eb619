import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore

/// The deputy head's first screen: F3 opens the chosen class's summary over all its subjects
/// without opening a subject's grid first; F5 stays free.
@Suite struct PickerSummaryTests {
    let scratch = ScratchFolder()

    @Test func f3OpensTheClassSummaryOfTheChosenClass() throws {
        let fixture = try GridFixture(scratch)
        var shell = AppShell(root: try PickerScreen(session: fixture.session), size: Size(width: 100, height: 24),
                             context: DrawContext(language: .ru))
        #expect(shell.frame.last?.contains("F3Сводка") == true, "\(shell.frame.last ?? "")")
        shell.handle(.function(3))
        let summary = try #require(shell.top as? ClassSummaryScreen)
        #expect(summary.summary.className == "7А")
        #expect(summary.summary.period == .term(1))
        #expect(shell.frame.contains { $0.contains("Сводка: 7А, 1 четверть") })
        #expect(shell.frame.contains { $0.contains("Андреев Борис") })
        shell.handle(.escape)
        #expect(shell.top is PickerScreen)
    }

    @Test func f3FollowsTheFilterAndDoesNothingWhenNothingIsShown() throws {
        let fixture = try GridFixture(scratch)
        var shell = AppShell(root: try PickerScreen(session: fixture.session), size: Size(width: 100, height: 24),
                             context: DrawContext(language: .en))
        shell.type("zzz")
        shell.handle(.function(3))
        #expect(shell.top is PickerScreen)
        shell.type("\u{7F}\u{7F}\u{7F}")
        shell.handle(.function(3))
        #expect(shell.frame.contains { $0.contains("Summary: 7А, quarter 1") })
    }

    /// F3 is the class summary; F5 the school's risk list (rules-trial), one key each.
    @Test func f3AndF5EachHaveOneScreen() throws {
        let fixture = try GridFixture(scratch)
        let picker = try PickerScreen(session: fixture.session)
        #expect(picker.keyBindings.filter { $0.trigger.matches(.function(5)) }.map(\.help) == [.journal(.dynamics(.keySchoolRisk))])
        #expect(picker.keyBindings.contains { $0.trigger.matches(.function(3)) && $0.help == .journal(.deputy(.keyClassSummary)) })
    }
}
