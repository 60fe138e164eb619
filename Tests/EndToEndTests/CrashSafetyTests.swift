import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension JournalEndToEndTests {
    /// SIGKILL while marks are typed: every mark the screen showed as saved is in the file and the
    /// file is sound, after each of `ZHURNAL_CRASH_KILLS` kills (12 by default, 100 with `ZHURNAL_SOAK`; seed
    /// `ZHURNAL_CRASH_SEED`). See docs/reliability.md.
    @Suite("crash safety: SIGKILL while typing")
    struct CrashSafetyTests {
        /// What the test types: marks, a double mark, absences, a pass, an owed work.
        static let values = ["5", "4", "3", "2", "н", "5/4", "4/3", "оп", "зч", "•"]

        /// When the kill comes in a round.
        enum Moment: CaseIterable {
            /// Right after Enter: the mark may or may not have been saved.
            case afterEnter
            /// A few milliseconds after Enter: often in the middle of the save.
            case duringSave
            /// With a mark half typed (shown in the cell, Enter not pressed): it must not be saved.
            case midTyping
            /// Idle, up to 300 ms after the last confirmed mark (between two reloads).
            case idle
        }

        /// What the rounds did, for the report.
        struct Tally: CustomStringConvertible {
            var kills = 0
            var confirmed = 0
            var checked = 0
            var inFlight = 0
            var inFlightSaved = 0
            var changes = 0

            var description: String {
                "\(kills) kills, \(confirmed) marks confirmed on screen, \(checked) cell checks after kills, "
                    + "\(inFlightSaved) of \(inFlight) marks in flight at the kill were saved"
            }
        }

        @Test func marksShownAsSavedSurviveSigkill() throws {
            let kills = TestSetting.integer("ZHURNAL_CRASH_KILLS", quick: 12, soak: 100)
            var random = TestRandom(seed: UInt64(TestSetting.integer("ZHURNAL_CRASH_SEED", default: 20261202)))
            let folder = try TestFolder()
            let work = try WorkColumn(in: folder)
            let tmux = try Tmux()
            let started = Date()
            /// What the file must hold, by grid row: the marks shown as saved (and in-flight marks the file turned out to have).
            var expected: [Int: String] = [:]
            var tally = Tally()
            for round in 0..<kills {
                let pane = try tmux.start(["--db", work.db, "--lang", "ru"], width: 110, height: 42)
                let grid = try pane.openWorkColumn()
                if round == 0 {
                    try #require(GridText.students(grid, count: work.students.count) == work.students.map(\.shortName),
                                 "the grid lists 7Б in the order of the file:\n\(grid)")
                }
                let pid = try pane.pid()
                var row = Int.random(in: 0..<(work.writableRows.count - 5), using: &random)
                try pane.moveCursor(by: row, to: row)
                for _ in 0..<Int.random(in: 0...4, using: &random) {
                    let value = Self.values.randomElement(using: &random)!
                    try pane.send([value, "Enter"])
                    try pane.waitFor("«\(value)» saved in row \(row + 1)", styled: true) { styled in
                        StyledScreen.cursorRow(styled) == row + 1
                            && GridText.cell(StyledScreen.plain(styled), student: work.students[row].shortName,
                                             column: WorkColumn.dayMonth) == value
                    }
                    if expected[row] != value { tally.changes += 1 }
                    expected[row] = value
                    tally.confirmed += 1
                    row += 1
                }
                var inFlight: String?
                let value = Self.values.randomElement(using: &random)!
                switch Moment.allCases.randomElement(using: &random)! {
                case .afterEnter:
                    try pane.send([value, "Enter"])
                    inFlight = value
                case .duringSave:
                    try pane.send([value, "Enter"])
                    usleep(UInt32.random(in: 0..<30_000, using: &random))
                    inFlight = value
                case .midTyping:
                    let typed = value.count > 1 ? String(value.dropLast()) : value
                    try pane.send([typed])
                    try pane.waitFor("«\(typed)» typed in row \(row + 1)") {
                        GridText.cell($0, student: work.students[row].shortName, column: WorkColumn.dayMonth) == typed
                    }
                case .idle:
                    usleep(UInt32.random(in: 0..<300_000, using: &random))
                }
                #expect(kill(pid, SIGKILL) == 0)
                #expect(try pane.waitForExit() == 128 + SIGKILL)
                try pane.end()
                tally.kills += 1

                let integrity = try SQLiteShell.integrityCheck(work.db)
                try #require(integrity == "ok", "round \(round): integrity_check says \(integrity)")
                let found = try work.entries()
                for checked in work.writableRows {
                    if let inFlight, checked == row, found[checked] == inFlight {
                        tally.inFlightSaved += 1
                        if expected[checked] != inFlight { tally.changes += 1 }
                        expected[checked] = inFlight
                    }
                    #expect(found[checked] == expected[checked],
                            "round \(round), row \(checked + 1): the file has \(found[checked] ?? "nothing"), the screen showed \(expected[checked] ?? "nothing") as saved")
                }
                if inFlight != nil { tally.inFlight += 1 }
                tally.checked += expected.count
                if round % 10 == 9 {
                    let check = try Zhurnal.run(["check", "--db", work.db])
                    #expect(check.status == 0, "round \(round): zhurnal check: \(check.stdout) \(check.stderr)")
                }
            }
            // Every change is in the history, and the newest history row of a cell is what it holds.
            let history = try work.history().filter { work.writableRows.contains($0.row) }
            #expect(history.count == tally.changes, "\(history.count) history rows for \(tally.changes) changes")
            var newest: [Int: String] = [:]
            for record in history { newest[record.row] = record.new == SQLiteShell.null ? nil : record.new }
            #expect(newest == expected, "the newest history row of each cell is its value")
            let seconds = Date().timeIntervalSince(started)
            print("crash safety: \(tally) in \(String(format: "%.1f", seconds)) s")
        }
    }
}
