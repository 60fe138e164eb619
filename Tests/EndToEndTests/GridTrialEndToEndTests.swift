import Foundation
import Testing

/// What a teacher's trial tripped over, in the real binary (issues 12 and 13): a save under
/// another process's write lock with keys typed ahead, `/` on a filled cell, the lesson form's
/// date, the «Итог» column and the 80 × 24 frame.
extension JournalEndToEndTests {
    /// `sqlite3` holding the journal's write lock (`BEGIN IMMEDIATE`) for `seconds`, returned once
    /// it holds it: it then writes a file of its own (closed at once, unlike its buffered stdout).
    private func holdWriteLock(_ db: String, seconds: Int, in folder: TestFolder) throws -> RunningChild {
        let signal = folder.path("locked")
        let holder = try Child.start("/usr/bin/sqlite3", [db, "BEGIN IMMEDIATE", ".output \(signal)", ".print locked",
                                                          ".output stdout", ".shell sleep \(seconds)", "COMMIT"],
                                     environment: Child.baseEnvironment())
        let deadline = Date().addingTimeInterval(10)
        while (try? String(contentsOfFile: signal, encoding: .utf8))?.contains("locked") != true {
            guard Date() < deadline, holder.isRunning else { throw HarnessError(description: "sqlite3 did not take the lock") }
            usleep(20_000)
        }
        return holder
    }

    /// The export lines of the column.
    private func exported(_ db: String, _ column: NewColumn) throws -> [String] {
        try Zhurnal.exportedMarks(db).filter { $0.hasPrefix("7Б,Алгебра,\(column.iso),") }
    }

    @Test func aSaveUnderAHeldLockWaitsAndPutsNoMarkOnAnotherStudent() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"])
        let grid = try pane.openJournal()
        let students = GridText.students(grid, count: 4)
        try #require(students.count == 4, "four students on the grid:\n\(grid)")
        let column = try pane.addColumn()
        let holder = try holdWriteLock(db, seconds: 8, in: folder)
        // `5↵ 4↵ 3↵` in one burst, meant for students 1–3, while another process writes.
        try pane.press("5", "Enter", "4", "Enter", "3", "Enter")
        let waiting = try pane.waitFor("«5»: ждём запись…")
        for student in students {
            #expect(["", "·", "5"].contains(GridText.cell(waiting, student: student, column: column.dayMonth)), "\(student)")
        }
        #expect(holder.wait(timeout: 30).status == 0)
        let saved = try pane.waitFor("«5» сохранено после ожидания", timeout: 10)
        for (student, mark) in zip(students, ["5", "4", "3"]) {
            #expect(GridText.cell(saved, student: student, column: column.dayMonth) == mark, "\(student)")
        }
        #expect(["", "·"].contains(GridText.cell(saved, student: students[3], column: column.dayMonth)))
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
        // In the file: each mark on the student it was typed for, nothing else.
        let lines = try exported(db, column)
        #expect(lines.count == 3, "\(lines)")
        for (student, mark) in zip(students, ["5", "4", "3"]) {
            let surname = String(student.split(separator: " ")[0])
            let initial = String(student.split(separator: " ")[1].prefix(1))
            #expect(lines.contains { $0.contains(",\(surname) \(initial)") && $0.hasSuffix(",\(mark)") }, "\(student) \(mark): \(lines)")
        }
    }

    @Test func slashFindsAStudentOnAFilledCellAndWritesNothing() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let history = try SQLiteShell.integer(db, "SELECT count(*) FROM history")
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"])
        let grid = try pane.openJournal()
        let students = GridText.students(grid, count: 5)
        try #require(students.count == 5)
        // On a filled cell (the last lesson's), find the fifth student by the start of the surname, in capitals.
        try pane.press("End", "Left")
        let wanted = String(students[4].prefix(4)).uppercased()
        try pane.press("/")
        try pane.type(wanted)
        try pane.waitFor("Найти ученика: \(wanted)")
        try pane.press("Enter")
        try pane.waitFor("the search prompt closed") { !$0.contains("Найти ученика") }
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
        #expect(try SQLiteShell.integer(db, "SELECT count(*) FROM history") == history, "nothing was written")
    }

    @Test func typingIntoTheShownDateReplacesIt() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"])
        _ = try pane.openJournal()
        let column = try pane.addColumn()
        let columns = try SQLiteShell.integer(db, "SELECT count(*) FROM lesson_columns WHERE date = '\(column.iso)'")
        try pane.press("F3")
        try pane.waitFor("Новый урок", "\(column.dayMonth).\(column.iso.prefix(4))")
        try pane.type(column.dayMonth)
        let form = try pane.waitFor("the date replaced by \(column.dayMonth)") { screen in
            screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == column.dayMonth }
        }
        #expect(!form.contains("\(column.dayMonth).\(column.iso.prefix(4))\(column.dayMonth)"))
        try pane.press("Enter")
        try pane.waitFor("Урок сохранён")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
        #expect(try SQLiteShell.integer(db, "SELECT count(*) FROM lesson_columns WHERE date = '\(column.iso)'") == columns + 1)
    }

    @Test func termMarksAreTypedIntoTheFinalColumn() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let finals = try SQLiteShell.integer(db, "SELECT count(*) FROM final_marks")
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"])
        let grid = try pane.openJournal()
        let student = try #require(GridText.students(grid, count: 1).first)
        let row = String(try #require(GridText.row(grid, student: student)))
        // The row ends with the average, the mark count, the recommended mark and the final one.
        let match = try #require(row.range(of: #"\d\.\d\d +\d+ +(\d|н/а|осв)"#, options: .regularExpression))
        let recommended = String(row[match].split(separator: " ").last!)
        try pane.press("End", "Right")
        try pane.type(recommended)
        try pane.press("Enter")
        try pane.waitFor("the term mark in the «Итог» column") { screen in
            guard let line = GridText.row(screen, student: student) else { return false }
            return String(line).range(of: #"\d\.\d\d +\d+ +\#(recommended) +\#(recommended) *$"#, options: .regularExpression) != nil
        }
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
        #expect(try SQLiteShell.integer(db, "SELECT count(*) FROM final_marks") == finals + 1)
    }

    @Test func at80x24TheLessonLineAndTheKeyBarFit() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"], width: 80, height: 24)
        _ = try pane.openJournal()
        try pane.press("End", "Left")
        let screen = try pane.waitFor("the column statistics") { $0.contains("Столбец ") }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let stats = try #require(lines.first { $0.hasPrefix("Столбец ") })
        #expect(stats.trimmingCharacters(in: .whitespaces).hasSuffix("%"), "cut inside a part: «\(stats)»")
        let bar = try #require(lines.last { !$0.isEmpty })
        #expect(bar.hasPrefix("1Помощь 2Урок   3Новый  4Истор  5Итог   6Период 7Замок  8Удал   9       10Выход"), "«\(bar)»")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
    }
}
