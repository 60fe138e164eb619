import Foundation
import Testing

extension JournalEndToEndTests {
    /// Two and four windows of the real journal type into one file at once, each into cells of
    /// its own and into cells they share, for `ZHURNAL_CONCURRENCY_SECONDS` (8 by default, 60 with `ZHURNAL_SOAK`) each.
    /// Meanwhile `zhurnal import marks` rewrites 20,000 marks of other lessons every 10 s.
    /// Afterwards every confirmed change is in the history in its window's order, each cell holds
    /// the newest value written to it, and no window ever showed a failed save. See docs/reliability.md.
    @Suite("concurrency: windows typing into one file")
    struct ConcurrencyTests {
        /// The values window k types: disjoint between windows, so that every write is a change
        /// (a window never writes its own last value into a cell again) and its author is known.
        static let values = [["5", "4", "5/4"], ["3", "2", "3/2"], ["н", "б", "4/3"], ["оп", "зч", "5/3"]]
        /// Grid rows every window writes.
        static let sharedRows = 0..<4
        /// Grid rows only window k writes.
        static func ownRows(_ window: Int) -> Range<Int> { (4 + 5 * window)..<(9 + 5 * window) }
        /// What a failed save or reload shows: `JournalText.storeFailure` («Не сохранено: …»,
        /// «Not saved: …») with `CommandMessage`'s SQLite text, and SQLite's own words.
        static let failureTexts = ["Не сохранено", "Not saved", "ошибка базы данных", "database error",
                                   "database is locked", "SQLite error"]

        /// One window's typing, on a thread of its own; read only after that thread has ended.
        final class Typist: @unchecked Sendable {
            let pane: Pane
            let window: Int
            let names: [String]
            private var random: TestRandom
            private var cursor = 0
            /// The confirmed writes in order: grid row and value.
            private(set) var writes: [(row: Int, value: String)] = []
            private(set) var lastValue: [Int: String] = [:]
            private(set) var problems: [String] = []
            private(set) var screens = 0
            /// The longest time from sending a run of keys to seeing it confirmed.
            private(set) var longestWait: TimeInterval = 0

            init(pane: Pane, window: Int, names: [String], seed: UInt64) {
                self.pane = pane
                self.window = window
                self.names = names
                random = TestRandom(seed: seed)
            }

            func run(until deadline: Date) {
                do {
                    while Date() < deadline { try typeRun() }
                } catch {
                    problems.append("window \(window + 1): \(error)")
                }
            }

            /// Moves to a random run of shared or own rows and types a value into each, with Enter,
            /// in one burst of keys; confirmed when the cursor has moved past the run (it stays on
            /// a cell whose save failed) and its own cells show their values.
            private func typeRun() throws {
                let rows = Bool.random(using: &random) ? ConcurrencyTests.sharedRows : ConcurrencyTests.ownRows(window)
                let start = Int.random(in: rows, using: &random)
                let run = start..<Int.random(in: (start + 1)...rows.upperBound, using: &random)
                if start != cursor {
                    try pane.send(Array(repeating: start > cursor ? "Down" : "Up", count: abs(start - cursor)))
                    try waitForCursor(in: start, showing: [])
                }
                let typed = run.map { row in
                    (row: row, value: ConcurrencyTests.values[window].filter { $0 != lastValue[row] }.randomElement(using: &random)!)
                }
                let sent = Date()
                try pane.send(typed.flatMap { [$0.value, "Enter"] })
                try waitForCursor(in: run.upperBound, showing: typed.filter { !ConcurrencyTests.sharedRows.contains($0.row) })
                longestWait = max(longestWait, Date().timeIntervalSince(sent))
                writes += typed
                for write in typed { lastValue[write.row] = write.value }
                cursor = run.upperBound
            }

            /// Polls the screen until the cursor is in `row` and `cells` show their values; every
            /// screen seen is searched for a failure text. 15 s, not 5: a save may wait 5 s for the
            /// lock, and on two cores an import slows every capture down.
            private func waitForCursor(in row: Int, showing cells: [(row: Int, value: String)]) throws {
                let deadline = Date().addingTimeInterval(15)
                while true {
                    let styled = try pane.styledScreen()
                    let plain = StyledScreen.plain(styled)
                    screens += 1
                    if ConcurrencyTests.failureTexts.contains(where: plain.contains) {
                        problems.append("window \(window + 1) showed a failure:\n\(plain)")
                        throw HarnessError(description: "a failure on screen")
                    }
                    if StyledScreen.cursorRow(styled) == row, cells.allSatisfy({
                        GridText.cell(plain, student: names[$0.row], column: WorkColumn.dayMonth) == $0.value
                    }) { return }
                    if Date() > deadline {
                        problems.append("window \(window + 1): the cursor never reached row \(row + 1):\n\(plain)")
                        throw HarnessError(description: "timed out")
                    }
                    usleep(20_000)
                }
            }
        }

        /// Imports two marks files of other lessons in turn while the windows type: each import
        /// rewrites most of its 20,000 entries in one long write transaction, which the windows'
        /// saves have to wait for.
        final class Importer: @unchecked Sendable {
            let files: [String]
            let db: String
            private(set) var imports = 0
            /// The longest time an import held the write lock (`/proc/locks`), when that can be seen.
            private(set) var longestLock: TimeInterval = 0
            private(set) var problems: [String] = []

            init(files: [String], db: String) {
                self.files = files
                self.db = db
            }

            /// One import every `pause` seconds (not back to back: on two cores that would starve the windows).
            func run(until deadline: Date, pause: TimeInterval = 10) {
                while Date() < deadline {
                    let next = Date().addingTimeInterval(pause)
                    do {
                        let child = try Child.start(Zhurnal.binary, ["import", "marks", files[imports % files.count], "--db", db],
                                                    environment: Child.baseEnvironment())
                        var locked: Date?
                        while child.isRunning {
                            let holds = ImportCrashTests.holdsWriteLock(child.pid, on: db) == true
                            if holds, locked == nil { locked = Date() }
                            if !holds, let since = locked {
                                longestLock = max(longestLock, Date().timeIntervalSince(since))
                                locked = nil
                            }
                            usleep(2_000)
                        }
                        if let since = locked { longestLock = max(longestLock, Date().timeIntervalSince(since)) }
                        let result = child.wait(timeout: 120)
                        guard result.status == 0 else {
                            problems.append("import \(imports + 1) failed: \(result.stderr)")
                            return
                        }
                        imports += 1
                    } catch {
                        problems.append("import \(imports + 1): \(error)")
                        return
                    }
                    while Date() < min(next, deadline) { usleep(50_000) }
                }
            }
        }

        @Test(arguments: [2, 4])
        func windowsTypingIntoOneFileLoseNothing(windows: Int) throws {
            let seconds = TestSetting.integer("ZHURNAL_CONCURRENCY_SECONDS", quick: 8, soak: 60)
            let seed = UInt64(TestSetting.integer("ZHURNAL_CRASH_SEED", default: 20261202))
            let folder = try TestFolder()
            let work = try WorkColumn(in: folder)
            let tmux = try Tmux()
            let panes = try (0..<windows).map { _ in try tmux.start(["--db", work.db, "--lang", "ru"], width: 110, height: 42) }
            for pane in panes { try pane.openWorkColumn() }
            let names = work.students.map(\.shortName)
            let typists = panes.enumerated().map { Typist(pane: $0.element, window: $0.offset, names: names, seed: seed + UInt64($0.offset)) }
            var random = TestRandom(seed: seed)
            let files = try (0..<2).map { index in
                let path = folder.path("spring-\(index).csv")
                _ = try ImportCrashTests.writeMarksFile(to: path, from: work.db, rows: 20_000, using: &random)
                return path
            }
            let importer = Importer(files: files, db: work.db)

            let started = Date()
            let deadline = started.addingTimeInterval(TimeInterval(seconds))
            let group = DispatchGroup()
            let jobs: [@Sendable () -> Void] = typists.map { typist in { typist.run(until: deadline) } }
                + [{ importer.run(until: deadline) }]
            for job in jobs {
                group.enter()
                Thread {
                    job()
                    group.leave()
                }.start()
            }
            group.wait()
            let elapsed = Date().timeIntervalSince(started)
            for problem in typists.flatMap(\.problems) + importer.problems { Issue.record(Comment(rawValue: problem)) }
            for pane in panes {
                try pane.press("F10")
                #expect(try pane.waitForExit() == 0)
            }

            let history = try work.history().filter { work.writableRows.contains($0.row) }
            let writes = typists.map(\.writes.count).reduce(0, +)
            #expect(history.count == writes, "\(history.count) history rows for \(writes) confirmed changes")
            for typist in typists {
                let mine = Set(Self.values[typist.window])
                for row in work.writableRows {
                    let recorded = history.filter { $0.row == row && mine.contains($0.new) }.map(\.new)
                    let typed = typist.writes.filter { $0.row == row }.map(\.value)
                    #expect(recorded == typed, "window \(typist.window + 1), row \(row + 1): history \(recorded), typed \(typed)")
                }
            }
            let entries = try work.entries()
            var shared = 0
            for row in work.writableRows {
                let cell = history.filter { $0.row == row }
                // Each change starts from the value the one before it left: none was lost in between.
                let previous = cell.isEmpty ? [] : [SQLiteShell.null] + cell.dropLast().map(\.new)
                #expect(cell.map(\.old) == previous, "row \(row + 1): the history chain \(cell)")
                #expect(entries[row] == cell.last?.new, "row \(row + 1) holds \(entries[row] ?? "nothing"), the newest history row says \(cell.last?.new ?? "nothing")")
                if Self.sharedRows.contains(row) { shared += cell.count }
            }
            for typist in typists {
                for row in Self.ownRows(typist.window) {
                    #expect(entries[row] == typist.lastValue[row], "window \(typist.window + 1)'s own row \(row + 1)")
                }
            }
            #expect(try SQLiteShell.integrityCheck(work.db) == "ok")
            let check = try Zhurnal.run(["check", "--db", work.db])
            #expect(check.status == 0, "zhurnal check: \(check.stdout) \(check.stderr)")
            print("concurrency: \(windows) windows for \(String(format: "%.1f", elapsed)) s: \(writes) confirmed changes "
                  + "(\(shared) into the \(Self.sharedRows.count) shared cells; per window \(typists.map(\.writes.count))), "
                  + "\(typists.map(\.screens).reduce(0, +)) screens searched for failures, longest wait for a confirmation "
                  + "\(String(format: "%.2f", typists.map(\.longestWait).max() ?? 0)) s; \(importer.imports) imports of 20,000 marks "
                  + "meanwhile, holding the write lock for up to \(String(format: "%.2f", importer.longestLock)) s")
        }
    }
}
