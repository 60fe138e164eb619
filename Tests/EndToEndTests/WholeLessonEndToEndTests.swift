import Foundation
import Testing

/// The lesson a teacher enters in one pass: thirty marks typed down a new column with only the
/// keyboard, the averages changing as they go, the last one undone, and all of it in the file.
extension JournalEndToEndTests {
    /// The weighted average shown on a student's row (the first `d.dd` after the name).
    private func average(_ screen: String, of student: String) -> String? {
        guard let row = GridText.row(screen, student: student) else { return nil }
        let text = String(row)
        guard let range = text.range(of: #"\b\d\.\d\d\b"#, options: .regularExpression) else { return nil }
        return String(text[range])
    }

    @Test func aWholeLessonOfThirtyMarksInOnePass() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"], width: 110, height: 44)
        let grid = try pane.openJournal()
        let students = GridText.students(grid, count: 30)
        try #require(students.count == 30, "thirty students on the grid:\n\(grid)")
        let before = try #require(average(grid, of: students[0]))
        let column = try pane.addColumn()
        let marks = (0..<30).map { ["2", "4", "5", "3", "н", "5/4"][$0 % 6] }
        // Typed without waiting, as fast as tmux delivers the keys.
        for mark in marks { try pane.enter(mark) }
        let typed = try pane.waitFor("all thirty marks in the new column") { screen in
            zip(students, marks).allSatisfy { GridText.cell(screen, student: $0, column: column.dayMonth) == $1 }
        }
        // A 2 weighted in: the first student's average changed in the same frames.
        #expect(average(typed, of: students[0]) != before, "average still \(before)")

        try pane.press("u")
        try pane.waitForCell(students[29], column, toShow: "·")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)

        let exported = try Zhurnal.exportedMarks(db).filter { $0.hasPrefix("7Б,Алгебра,\(column.iso),") }
        #expect(exported.count == 29, "\(exported)")
        let values = exported.compactMap { $0.split(separator: ",", omittingEmptySubsequences: false).last.map(String.init) }
        #expect(values.sorted() == Array(marks.prefix(29)).sorted())

        let again = try tmux.start(["--db", db, "--lang", "ru"], width: 110, height: 44)
        _ = try again.openJournal()
        try again.waitFor("the 29 marks in the reopened journal") { screen in
            zip(students.prefix(29), marks).allSatisfy { GridText.cell(screen, student: $0, column: column.dayMonth) == $1 }
        }
        try again.press("q")
        #expect(try again.waitForExit() == 0)
    }
}
