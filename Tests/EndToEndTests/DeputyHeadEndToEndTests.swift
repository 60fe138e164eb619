import Foundation
import Testing

/// The deputy head's path on the demo school, at 100×30 and 80×24: from the first screen F3 shows
/// the chosen class's summary over all subjects (no subject grid first); F8 shows the objectivity
/// overview, `n` jumps to the next flagged class (7Б Русский язык, then 7Б Алгебра) and Enter
/// lists its students.
extension JournalEndToEndTests {
    @Test(arguments: [(100, 30), (80, 24)])
    func deputyHeadSeesTheClassSummaryAndTheFlaggedClasses(size: (width: Int, height: Int)) throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"], width: size.width, height: size.height)
        // `F3Сводка`, or `3Сводка` at 80 columns, where the key bar drops the «F».
        try pane.waitFor("Отбор:", "3Сводка")
        try pane.type("7б")
        try pane.waitFor("7Б    Алгебра")
        try pane.press("F3")
        let summary = try pane.waitFor("Сводка: 7Б, 2 четверть", "Абрамов Иван")
        #expect(!summary.contains("7Б · Алгебра ·"), "F3 opened a grid:\n\(summary)")
        try pane.press("Escape")
        try pane.waitFor("Отбор: 7б")
        try pane.press("F8")
        try pane.waitFor("Объективность: ВПР", "Всего по процедуре")
        try pane.press("n")
        try pane.press("Enter")
        try pane.waitFor("7Б, Русский язык, ", "понизили")
        try pane.press("Escape")
        try pane.waitFor("Всего по процедуре")
        try pane.press("n")
        try pane.press("Enter")
        try pane.waitFor("7Б, Алгебра, ", "понизили")
        try pane.press("Escape")
        try pane.press("Escape")
        try pane.waitFor("Отбор: 7б")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
    }
}
