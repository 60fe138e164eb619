import Foundation
import Testing

/// Home and End as tmux sends them (`ESC [1~`, `ESC [4~`) under a `TERM` whose description does
/// not name them: they move in the grid and never read as Esc, which would leave it.
extension JournalEndToEndTests {
    @Test func homeAndEndMoveInTheGridUnderAMismatchedTerm() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "en"])
        _ = try pane.openJournal(title: "7Б · Алгебра ·")
        try pane.press("Home")
        try pane.waitFor("Column 06.11.2026:")
        try pane.press("End")
        let last = try pane.waitFor("Column 20.11.2026:")
        #expect(!last.contains("Filter:"), "End left the grid:\n\(last)")
        try pane.press("Home")
        try pane.waitFor("Column 06.11.2026:")
        try pane.press("Escape")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
    }
}
