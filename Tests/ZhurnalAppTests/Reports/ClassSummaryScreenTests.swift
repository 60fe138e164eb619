import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore

/// The class summary on screen: the students × subjects table and statistics, scrolled by keys.
@Suite struct ClassSummaryScreenTests {
    @Test func showsTheTableAndScrolls() {
        var shell = AppShell(root: ClassSummaryScreen(summary: SummarySheetTests.handClass()), size: Size(width: 80, height: 12),
                             context: DrawContext(language: .ru, glyphs: .unicode))
        let lines = shell.screenLines
        #expect(lines.contains { $0.contains("Сводная ведомость: 8Б") })
        #expect(lines.contains { $0.contains("Ветрова Вера") && $0.contains("н/а") && $0.contains("неуспевающие") })
        for _ in 0..<20 { shell.handle(.pageDown) }
        #expect(shell.screenLines.contains { $0.contains("Категории: отличники 1, хорошисты 1, с одной «3» 1") })
    }
}
