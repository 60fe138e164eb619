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

    /// PgDn moves a screenful, no further than the last full page; past the end the first ↑
    /// moves the page at once (it once took a screenful of presses before the page moved).
    @Test func theFirstUpAfterTheEndMovesThePage() throws {
        var shell = AppShell(root: ClassSummaryScreen(summary: SummarySheetTests.handClass()), size: Size(width: 80, height: 12),
                             context: DrawContext(language: .ru, glyphs: .unicode))
        // The screen's area: 9 rows below the title line, above the status line and the key bar.
        func area() -> [String] { shell.screenLines[1..<10].map { $0.trimmingTrailingSpaces() } }
        let text = SummaryText.classSummary(SummarySheetTests.handClass(), language: .ru)
            .split(separator: "\n", omittingEmptySubsequences: false).map { String((" " + $0).prefix(79)).trimmingTrailingSpaces() }
        try #require(text.count > 9 && text.count < 18)
        #expect(area() == Array(text[..<9]))
        shell.handle(.pageDown)
        #expect(area() == Array(text[(text.count - 9)...]))
        for _ in 0..<5 { shell.handle(.down) }
        #expect(area() == Array(text[(text.count - 9)...]), "the last page stays")
        shell.handle(.up)
        #expect(area() == Array(text[(text.count - 10)..<(text.count - 1)]), "the first ↑ after the end moves the page a line")
    }
}
