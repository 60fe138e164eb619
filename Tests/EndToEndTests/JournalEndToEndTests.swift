import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `zhurnal` binary driven through tmux: keys in, captured screens and the SQLite file out.
/// Serialized: the machine is small and every step waits on a redraw.
@Suite("zhurnal in a terminal (tmux)", .serialized)
struct JournalEndToEndTests {
    /// Marks typed into a new column stay after quitting: on screen when reopened, and in the export.
    @Test func marksTypedInANewColumnSurviveReopening() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"])
        let grid = try pane.openJournal()
        let students = GridText.students(grid, count: 5)
        try #require(students.count == 5, "five students on the grid:\n\(grid)")
        let column = try pane.addColumn()
        let marks = ["5", "4", "н", "5/4", "3"]
        for mark in marks { try pane.enter(mark) }
        try pane.waitForCell(students[4], column, toShow: "3")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)

        let again = try tmux.start(["--db", db, "--lang", "ru"])
        _ = try again.openJournal()
        // Polled: a frame may be captured half drawn.
        try again.waitFor("the five marks in the reopened journal") { screen in
            zip(students, marks).allSatisfy { GridText.cell(screen, student: $0, column: column.dayMonth) == $1 }
        }
        let exported = try Zhurnal.exportedMarks(db).filter { $0.hasPrefix("7Б,Алгебра,\(column.iso),") }
        #expect(exported.count == 5, "\(exported)")
        var byStudent: [String: String] = [:]
        for line in exported {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 7 else { continue }
            let name = fields[5].split(separator: " ")
            guard name.count >= 2, let initial = name[1].first else { continue }
            byStudent["\(name[0]) \(initial)."] = fields[6]
        }
        #expect(byStudent == Dictionary(uniqueKeysWithValues: zip(students, marks)), "\(exported)")
        try again.press("q")
        #expect(try again.waitForExit() == 0)
    }

    /// A mark on screen is already on disk: SIGKILL right after it appears loses nothing and
    /// leaves a sound file.
    @Test func markOnScreenSurvivesSigkill() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"])
        let grid = try pane.openJournal()
        let first = try #require(GridText.students(grid, count: 1).first)
        let column = try pane.addColumn()
        try pane.enter("4")
        try pane.waitForCell(first, column, toShow: "4")
        let pid = try pane.pid()
        let command = try String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)
        #expect(command.hasPrefix("zhurnal"), "the pane runs \(command)")
        #expect(kill(pid, SIGKILL) == 0)
        #expect(try pane.waitForExit() == 128 + SIGKILL)

        let exported = try Zhurnal.exportedMarks(db).filter { $0.hasPrefix("7Б,Алгебра,\(column.iso),") }
        #expect(exported.count == 1, "\(exported)")
        #expect(exported.first?.hasSuffix(",4") == true, "\(exported)")
        let check = try Child.run("/usr/bin/sqlite3", [db, "PRAGMA integrity_check"], environment: Child.baseEnvironment())
        #expect(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "ok", "\(check.stdout) \(check.stderr)")
        let zhurnalCheck = try Zhurnal.run(["check", "--db", db])
        #expect(zhurnalCheck.status == 0, "\(zhurnalCheck.stdout) \(zhurnalCheck.stderr)")
    }

    /// Two instances on one file: each sees the other's column and marks within a few seconds,
    /// and neither loses its own.
    @Test func twoInstancesSeeEachOthersMarks() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let left = try tmux.start(["--db", db, "--lang", "ru"])
        let right = try tmux.start(["--db", db, "--lang", "ru"])
        let grid = try left.openJournal()
        _ = try right.openJournal()
        let students = GridText.students(grid, count: 2)
        try #require(students.count == 2)

        let column = try left.addColumn()
        try left.enter("5")
        try left.waitForCell(students[0], column, toShow: "5")
        let typed = Date()
        try right.waitForCell(students[0], column, toShow: "5")
        let delay = Date().timeIntervalSince(typed)
        #expect(delay < 3, "the other instance showed the mark after \(delay) s")

        // The second instance writes into the same column; the first sees it and keeps its own.
        try right.press("Right")
        try right.waitFor("the second instance's cursor on the new column") {
            $0.contains("Столбец \(column.dayMonth).")
        }
        try right.press("Down")
        try right.enter("3")
        try right.waitForCell(students[1], column, toShow: "3")
        try left.waitForCell(students[1], column, toShow: "3")
        try left.waitForCell(students[0], column, toShow: "5")
        try left.press("F10")
        try right.press("F10")
        #expect(try left.waitForExit() == 0)
        #expect(try right.waitForExit() == 0)
        let marks = try Zhurnal.exportedMarks(db).filter { $0.hasPrefix("7Б,Алгебра,\(column.iso),") }.map { $0.split(separator: ",").last.map(String.init) ?? "" }
        #expect(marks.sorted() == ["3", "5"], "\(marks)")
    }

    /// `u` takes the last mark back, on screen and in the file; Esc returns to the list (the filter kept), F10 quits.
    @Test func undoTakesTheMarkBack() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"])
        let grid = try pane.openJournal()
        let first = try #require(GridText.students(grid, count: 1).first)
        let column = try pane.addColumn()
        try pane.enter("5")
        try pane.waitForCell(first, column, toShow: "5")
        #expect(try Zhurnal.exportedMarks(db).contains { $0.hasPrefix("7Б,Алгебра,\(column.iso),") && $0.hasSuffix(",5") })
        try pane.press("u")
        try pane.waitForCell(first, column, toShow: "·")
        #expect(try !Zhurnal.exportedMarks(db).contains { $0.hasPrefix("7Б,Алгебра,\(column.iso),") && $0.hasSuffix(",5") })
        try pane.press("Escape")
        try pane.waitFor("Отбор: 7б алг", "7Б    Алгебра")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
    }

    /// Outside a terminal the journal refuses with one line and exit code 1, never hangs.
    @Test func noTerminalGivesOneLineAndExitOne() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        for (environment, language, expected) in [
            (["TERM": "dumb"], "en", "only in a terminal"),
            (["TERM": "dumb"], "ru", "только в терминале"),
            (["TERM": "xterm-256color"], "ru", "только в терминале"),
        ] {
            let result = try Zhurnal.run(["--db", db, "--lang", language], environment: environment, timeout: 5)
            #expect(!result.timedOut, "hung with \(environment)")
            #expect(result.status == 1, "\(environment): \(result.stderr)")
            #expect(result.stderr.contains(expected), "\(environment): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    /// In a real terminal of type `dumb` the journal says which TERM to set and exits with 1,
    /// before a journal that does not exist yet is created.
    @Test func dumbTerminalInTmuxSaysSoAndExits() throws {
        let folder = try TestFolder()
        let db = folder.path("new.sqlite")
        let tmux = try Tmux()
        for (language, expected) in [("ru", "не умеет полноэкранный режим"), ("en", "no full-screen mode")] {
            let pane = try tmux.start(["--db", db, "--lang", language], width: 120, height: 10,
                                      environment: ["LANG": "C.UTF-8", "TERM": "dumb"],
                                      then: #"echo "exit=$?"; exec sleep 30"#)
            let screen = try pane.waitFor("exit=")
            let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(lines.last == "exit=1", "\(screen)")
            #expect(lines.count == 2, "one line of message, then the exit code:\n\(screen)")
            #expect(lines.first?.hasPrefix("zhurnal:") == true && lines.first?.contains(expected) == true, "\(screen)")
            #expect(lines.first?.contains("dumb") == true, "\(screen)")
            #expect(!FileManager.default.fileExists(atPath: db), "no journal is created for a refusal")
        }
    }

    /// Too small a window says how big it must be; growing it brings the journal back.
    @Test func tooSmallWindowSaysWhatSizeIsNeeded() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"], width: 30, height: 8)
        try pane.waitFor("маленькое", "40×10", "30×8")
        try pane.resize(width: 40, height: 12)
        try pane.waitFor("Отбор:")
        try pane.type("7б алг")
        try pane.waitFor("7б алг")
        try pane.press("Enter")
        let small = try pane.waitFor("слишком маленькое", "60×14", "40×12")
        #expect(!small.contains("Абрамов"), "\(small)")
        try pane.resize(width: 100, height: 30)
        try pane.waitFor("the grid, and no longer the size message") {
            $0.contains("7Б · Алгебра ·") && $0.contains("Абрамов И.") && !$0.contains("маленькое")
        }
        try pane.resize(width: 40, height: 12)
        try pane.waitFor("слишком маленькое", "60×14")
        try pane.resize(width: 100, height: 30)
        try pane.waitFor("the grid again") {
            $0.contains("7Б · Алгебра ·") && $0.contains("Абрамов И.") && !$0.contains("маленькое")
        }
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
    }

    /// `--lang en` gives English labels; a Russian locale that is not installed still gives Russian.
    @Test func languageFromFlagAndLocale() throws {
        let folder = try TestFolder()
        let db = try Zhurnal.demoCopy(in: folder)
        let tmux = try Tmux()
        let english = try tmux.start(["--db", db, "--lang", "en"])
        let list = try english.waitFor("Choose a class and a subject", "Filter:", "30 students", "F10Quit")
        #expect(!list.contains("Отбор"))
        _ = try english.openJournal(title: "7Б · Алгебра ·")
        try english.waitFor("English labels on the grid") {
            $0.contains("Avg") && $0.contains("F10Quit") && !$0.contains("Выход") && !$0.contains(" Ср ")
        }

        let russian = try tmux.start(["--db", db], environment: ["LANG": "ru_RU.UTF-8", "TERM": "xterm-256color"])
        let russianList = try russian.waitFor("Выбор класса и предмета", "Отбор:", "30 учеников", "F10Выход")
        #expect(!russianList.contains("Filter"))
        _ = try russian.openJournal()
        try russian.waitFor(" Ср ", "Итог", "F10Выход")
    }
}
