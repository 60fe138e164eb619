import Foundation
import Testing

/// A rubric defined in the settings of the real terminal (F9 → F5), attached to a new column,
/// two students scored one after the other with PgDn and Ctrl-N, and their derived marks in the
/// grid and in the file.
extension JournalEndToEndTests {
    @Test func aRubricDefinedInTheSettingsScoresTheClass() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"])
        try pane.waitFor("Отбор:")
        try pane.press("F9")
        try pane.waitFor("Настройки школы", "F5 — критерии оценивания")
        try pane.press("F5")
        try pane.waitFor("Контрольная работа (демо)")
        try pane.press("F3")
        try pane.waitFor("Новые критерии")
        // Two criteria (3 points; 2 points of the geometry group), then the scale from «5» down:
        // a 5 needs 4 points with 2 from geometry, a 4 needs 3, a 3 needs 2, a 2 any.
        try pane.type("Административная")
        try pane.press("Tab", "Tab")
        for (text, keys) in [("1", ["Tab"]), ("вычисления", ["Tab"]), ("3", ["F3"]), ("2", ["Tab"]), ("чертёж", ["Tab"]),
                             ("2", ["Tab", "Tab"]), ("геометрия", ["Down"]), ("4", ["Tab"]), ("геометрия 2", ["Tab"]),
                             ("3", ["Tab", "Tab"]), ("2", ["Tab", "Tab"]), ("0", ["Enter"])] {
            try pane.type(text)
            for key in keys { try pane.press(key) }
        }
        try pane.waitFor("Административная · 2 критерия · максимум 5 · колонок: 0")
        try pane.press("Escape")
        try pane.waitFor("Настройки школы")
        try pane.press("Escape")
        let grid = try pane.openJournal()
        let students = GridText.students(grid, count: 2)
        try #require(students.count == 2)
        let column = try pane.addColumn()
        try pane.press("r")
        try pane.waitFor("Критерии для этой колонки", "Административная")
        try pane.press("Enter")
        try pane.waitFor("Критерии: Административная · \(students[0]) (1 из ", "Итого: 0 из 5 · Отметка: —")
        // The first student: 3 saved, 2 typed and saved by PgDn → 5 with geometry 2 → «5».
        try pane.enter("3")
        try pane.type("2")
        try pane.waitFor("Итого: 5 из 5 · Отметка: 5")
        try pane.press("NPage")
        try pane.waitFor("\(students[1]) (2 из ", "Итого: 0 из 5 · Отметка: —")
        // The second: 2 saved, 1 typed and saved by Ctrl-N → 3 points, geometry 1 → «4».
        try pane.enter("2")
        try pane.type("1")
        try pane.waitFor("Итого: 3 из 5 · Отметка: 4")
        try pane.press("C-n")
        try pane.waitFor("(3 из ")
        try pane.press("PPage")
        try pane.waitFor("\(students[1]) (2 из ", "Итого: 3 из 5 · Отметка: 4")
        try pane.press("Escape")
        try pane.waitForCell(students[0], column, toShow: "5")
        try pane.waitForCell(students[1], column, toShow: "4")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
        let exported = try Zhurnal.exportedMarks(db).filter { $0.hasPrefix("7Б,Алгебра,\(column.iso),") }
        #expect(exported.map { $0.split(separator: ",").last.map(String.init) } == ["5", "4"], "\(exported)")
    }
}
