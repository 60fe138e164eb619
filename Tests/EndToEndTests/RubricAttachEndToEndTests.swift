import Foundation
import Testing

/// A контрольная scored by criteria in the real terminal: the rubric attached to a new column,
/// points typed per criterion with the total and mark live, and the derived mark in the grid
/// and in the file.
extension JournalEndToEndTests {
    @Test func scoringARubricPutsTheDerivedMarkInTheGrid() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"])
        let grid = try pane.openJournal()
        let first = try #require(GridText.students(grid, count: 1).first)
        let column = try pane.addColumn()
        try pane.press("r")
        try pane.waitFor("Контрольная работа (демо)")
        try pane.press("Enter")
        try pane.waitFor("Итого: 0 из 10", "Отметка: —")
        for points in ["3", "2", "2"] { try pane.enter(points) }
        try pane.waitFor("Итого: 7 из 10 · Отметка: 4")
        try pane.enter("1")
        try pane.waitFor("Итого: 8 из 10 · Отметка: 4")
        try pane.press("Escape")
        try pane.waitForCell(first, column, toShow: "4")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
        let exported = try Zhurnal.exportedMarks(db).filter { $0.hasPrefix("7Б,Алгебра,\(column.iso),") }
        #expect(exported.count == 1 && exported.first?.hasSuffix(",4") == true, "\(exported)")
    }
}
