import Foundation
import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The journal grid driven key by key through the shell at 100 × 30, checked on the cell buffer
/// and in the file. Layout at that width: the name column is 24 wide (the long name is cut), the
/// lesson cells start at column 29 and are 6 apart, the average sits in columns 81–85, the mark
/// count 87–89, the recommendation 91–93 and the final mark 95–98. Frame rows: 0 shell title,
/// 1 grid title, 2 dates, 3 kinds, 4… students, 26–27 column statistics, 28 status, 29 F-keys.
///
/// Behaviour is asserted through the model (issue 14): the cursor, the open screen, the status
/// message's kind and value, what the file stores and the figures the grid holds. A few golden
/// lines are kept on purpose where the exact look is the point, each marked so.
@Suite struct JournalGridScreenTests {
    let scratch = ScratchFolder()

    private func row(_ frame: [String], _ student: Int) -> String { frame[4 + student] }

    private func trimmed(_ line: String) -> String {
        var s = line
        while s.last == " " { s.removeLast() }
        return s
    }

    @Test func opensOnTheFirstEmptyColumnWithAveragesOfTheFilledOnes() throws {
        let fixture = try GridFixture(scratch)
        let shell = try fixture.shell()
        let frame = shell.frame
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        #expect(shell.depth == 1)
        let grid = try #require(shell.grid)
        #expect(grid.data.classID == fixture.pair.classID && grid.data.subjectID == fixture.pair.subjectID)
        #expect(grid.data.term.number == 1)
        #expect(!fixture.session.isLocked(grid.data.termLock))
        // Term statistics on the right: the term is running and nobody has three marks yet, so all
        // four are «мало отметок», not yet attested: no percentage rather than 0.00% (docs/rules.md
        // §7).
        #expect(grid.termStatistics.tooFewMarks == 4)
        #expect(grid.termStatistics.counted == 0)
        #expect(grid.termStatistics.progress == nil && grid.termStatistics.quality == nil && grid.termStatistics.sou == nil)
        #expect(grid.data.columns.map(\.date) == fixture.columns.map(\.date))
        // Андреев: (5×1 + 4×3) / 4 = 4.25 with two marks, fewer than three: н/а.
        #expect(grid.figures(0) == figures(Ratio(hundredths: 425), 2, .notAttested))
        // Golden line kept on purpose: one whole student row, name, cells and results in place.
        #expect(trimmed(row(frame, 0)) == "  1 Андреев Б.                 5     4" + String(repeating: " ", count: 44) + "4.25   2 н/а")
        // Сидорова: н does not count, 5×3 / 3 = 5.00 from one mark.
        #expect(grid.figures(3) == figures(Ratio(5), 1, .notAttested))
    }

    @Test func typingAMarkSavesItDurablyAndMovesDown() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("5\r")
        #expect(try fixture.storedEntry(column: 2, student: 0) == .mark(5))
        #expect(shell.grid?.cursor == GridCursor(row: 1, column: 2))
        // Андреев: (5×1 + 4×3 + 5×2) / 6 = 27/6 = 4.50 from three marks; 4.50 < 4.60 recommends 4.
        #expect(shell.grid?.shown(column: 2, row: 0) == .mark(5))
        #expect(shell.grid?.figures(0) == figures(Ratio(hundredths: 450), 3, .mark(4)))
        #expect(shell.status == nil)
    }

    @Test func forgivingInputIsStoredInItsCanonicalForm() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("<down>5/4\rn\r.\r")
        #expect(try fixture.storedEntry(column: 2, student: 1) == .double(5, 4))
        #expect(try fixture.storedEntry(column: 2, student: 2) == .absence(.absent))
        #expect(try fixture.storedEntry(column: 2, student: 3) == .owed)
        #expect(shell.grid?.shown(column: 2, row: 1) == .double(5, 4))
        #expect(shell.grid?.shown(column: 2, row: 2) == .absence(.absent))
        // The cursor rests on the last row, so its cell shows nothing but what is being typed.
        #expect(shell.grid?.cursor == GridCursor(row: 3, column: 2))
        #expect(shell.grid?.data.entries[CellKey(columnID: fixture.columns[2].id, studentID: fixture.students[3].id)] == .owed)
        // Long name: (4×1 + 5×3 + 5×2 + 4×2) / (1 + 3 + 2 + 2) = 37/8 = 4.625, shown 4.63 ≥ 4.60: 5.
        #expect(shell.grid?.figures(1) == figures(Ratio(numerator: 37, denominator: 8), 4, .mark(5)))
        // Петров: н adds nothing, still (3 + 2×3) / 4 = 2.25 from two marks.
        #expect(shell.grid?.figures(2) == figures(Ratio(hundredths: 225), 2, .notAttested))
        shell.type("<up>")
        #expect(row(shell.frame, 3).columns(41, 5) == "  •  ")
    }

    @Test func anInvalidKeyIsRefusedInTheStatusLineAndNothingIsWritten() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        let before = try fixture.journal.recentHistory(limit: 100).count
        shell.type("x")
        #expect(shell.status == .error(.refused("x")))
        // The refused text stays in the cell, marked, until Backspace or Esc: a reflex Enter
        // neither saves nor moves on.
        #expect(shell.grid?.input == "x")
        #expect(shell.grid?.inputRefused == true)
        shell.type("\r")
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        #expect(shell.status == .error(.refused("x")))
        #expect(try fixture.storedEntry(column: 2, student: 0) == nil)
        shell.type("<esc>")
        #expect(shell.grid?.input == "")
        #expect(shell.grid?.inputRefused == false)
        // A wrong character after a good one refuses the whole entry: Enter then saves nothing.
        shell.type("4x")
        #expect(shell.status == .error(.refused("4x")))
        shell.type("\r")
        #expect(try fixture.storedEntry(column: 2, student: 0) == nil)
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        shell.type("<esc><down>55\r")
        #expect(shell.status == .error(.refused("55")))
        #expect(shell.grid?.cursor == GridCursor(row: 1, column: 2))
        // Moving away with refused text is refused too.
        shell.type("<up>")
        #expect(shell.grid?.cursor == GridCursor(row: 1, column: 2))
        #expect(try fixture.storedEntry(column: 2, student: 0) == nil)
        #expect(try fixture.storedEntry(column: 2, student: 1) == nil)
        #expect(try fixture.journal.recentHistory(limit: 100).count == before)
        // Backspace corrects it; the next key clears the message.
        shell.type("<bs>")
        #expect(shell.status == nil)
        #expect(shell.grid?.input == "5" && shell.grid?.inputRefused == false)
        shell.type("\r")
        #expect(try fixture.storedEntry(column: 2, student: 1) == .mark(5))
    }

    @Test func backspaceOnAFilledCellClearsIt() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("<left><bs>")
        #expect(try fixture.storedEntry(column: 1, student: 0) == nil)
        let history = try fixture.journal.history(columnID: fixture.columns[1].id, studentID: fixture.students[0].id)
        #expect(history.first?.oldValue == "4")
        #expect(history.first?.newValue == nil)
        shell.type("<down>")
        // Андреев now has only the 5 of 07.09: 5.00 from one mark.
        #expect(shell.grid?.shown(column: 1, row: 0) == nil)
        #expect(shell.grid?.figures(0) == figures(Ratio(5), 1, .notAttested))
        // Backspace while typing only takes back the last character.
        shell.type("4<bs>3\r")
        #expect(try fixture.storedEntry(column: 1, student: 1) == .mark(3))
    }

    @Test func arrowsAndVimKeysMoveInsideTheGrid() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        // Right of the last lesson is the «Итог» column, and no further.
        shell.type("<right>")
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 3))
        #expect(shell.grid?.isOnFinal == true)
        shell.type("<right>")
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 3))
        shell.type("<up><left><left><left><left>")
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 0))
        shell.type("<down><down>l")
        #expect(shell.grid?.cursor == GridCursor(row: 2, column: 1))
        shell.type("<pgdn>")
        #expect(shell.grid?.cursor == GridCursor(row: 3, column: 1))
        shell.type("k<end>")
        #expect(shell.grid?.cursor == GridCursor(row: 2, column: 2))
        shell.type("<home><tab>")
        #expect(shell.grid?.cursor == GridCursor(row: 2, column: 1))
        // Typing then moving saves on the way, like Enter.
        shell.type("3<right>")
        #expect(try fixture.storedEntry(column: 1, student: 2) == .mark(3))
        #expect(shell.grid?.cursor == GridCursor(row: 2, column: 2))
        // The cursor column's header is highlighted.
        let frame = shell.render()
        #expect(frame[41, 2].style.attributes.contains(.reverse))
        #expect(!frame[35, 2].style.attributes.contains(.reverse))
    }

    @Test func undoRestoresThePreviousValueAndRedoReappliesIt() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("<left>3\r")
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(3))
        // What the undo is to take back: the 4 → 3 of Андреев's 14.09 in 7А Алгебра.
        let change = try #require(try fixture.session.nextUndo())
        #expect(change.kind == .entry && change.rows == 1)
        #expect(change.place?.className == fixture.pair.className && change.place?.subjectName == fixture.pair.subject)
        #expect(change.place?.date == fixture.columns[1].date)
        #expect(change.place?.oldValue == "4" && change.place?.newValue == "3")
        shell.type("<right>u")
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(4))
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 1))
        #expect(shell.status == .info(.undone(change)))
        #expect(shell.grid?.figures(0) == figures(Ratio(hundredths: 425), 2, .notAttested))
        #expect(try fixture.journal.nextRedo() == change)
        shell.type("<C-r>")
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(3))
        #expect(shell.status == .info(.redone(change)))
        // (5 + 3×3) / 4 = 3.50.
        #expect(shell.grid?.figures(0) == figures(Ratio(hundredths: 350), 2, .notAttested))
        shell.type("<C-r>")
        #expect(shell.status == .info(.nothingToRedo))
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(3))
        // Undo goes on into the fixture's own changes (same user), newest first.
        shell.type("uu")
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(4))
        #expect(try fixture.storedEntry(column: 1, student: 3) == nil)
        #expect(try fixture.storedEntry(column: 1, student: 2) == .mark(2))
        // Another user has nothing of their own to undo.
        var other = try fixture.shell(session: try fixture.reopen(user: "substitute").session)
        other.type("u")
        #expect(other.status == .info(.nothingToUndo))
        #expect(try fixture.storedEntry(column: 1, student: 2) == .mark(2))
    }

    @Test func undoSurvivesARestart() throws {
        let fixture = try GridFixture(scratch)
        do {
            var shell = try fixture.shell()
            shell.type("2\r")
        }
        #expect(try fixture.storedEntry(column: 2, student: 0) == .mark(2))
        let restarted = try fixture.reopen()
        var shell = try fixture.shell(session: restarted.session)
        // The restarted session still knows the change: Андреев's 18.09, — → 2.
        let change = try #require(try restarted.session.nextUndo())
        #expect(change.place?.date == fixture.columns[2].date)
        #expect(change.place?.oldValue == nil && change.place?.newValue == "2")
        shell.type("u")
        #expect(try fixture.storedEntry(column: 2, student: 0) == nil)
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        #expect(shell.status == .info(.undone(change)))
    }

    @Test func aLockedTermRefusesChanges() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("<F7>")
        #expect(shell.status == .info(.termLocked(1)))
        #expect(fixture.session.isLocked(try #require(shell.grid).data.termLock))
        #expect(trimmed(shell.frame[1]).hasPrefix("7А · Алгебра · 1 четверть (01.09–31.10) · 🔒 закрыт   "))
        let history = try fixture.journal.recentHistory(limit: 100).count
        let refusal = StatusMessage.error(.failed(StoreError.termLocked(1)))
        shell.type("5\r")
        #expect(shell.status == refusal)
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        #expect(try fixture.storedEntry(column: 2, student: 0) == nil)
        shell.type("<left><bs>")
        #expect(shell.status == refusal)
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(4))
        shell.type("<F3>")
        #expect(shell.depth == 1)
        #expect(shell.status == refusal)
        shell.type("<F8>u")
        #expect(shell.depth == 1)
        #expect(try fixture.storedEntry(column: 2, student: 0) == nil)
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(4))
        #expect(try fixture.journal.recentHistory(limit: 100).count == history)
        // The lock is in the file: another window is refused too.
        let other = try fixture.reopen()
        #expect(other.session.isLocked(TermLock(term: other.session.currentTerm.number, kind: .quarter)))
        shell.type("<F7>")
        #expect(shell.status == .info(.termUnlocked(1)))
        #expect(!fixture.session.isLocked(try #require(shell.grid).data.termLock))
        shell.type("<right>5\r")
        #expect(try fixture.storedEntry(column: 2, student: 0) == .mark(5))
        // Undo looks at the term of the change, not of the grid on screen: with term 1 locked and
        // term 2 shown, undoing the term-1 mark is refused.
        shell.type("<F7><F6>u")
        #expect(shell.grid?.data.term.number == 2)
        #expect(shell.status == refusal)
        #expect(try fixture.storedEntry(column: 2, student: 0) == .mark(5))
    }

    @Test func aTooSmallTerminalSaysWhatSizeIsNeeded() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("<resize 40x12>")
        let lines = shell.frame.map(trimmed)
        #expect(lines.count == 12)
        #expect(lines.contains { $0.contains("Окно терминала слишком маленькое.") })
        #expect(lines.contains { $0.contains("Нужно не меньше 60×14, сейчас 40×12.") })
        #expect(!lines.contains { $0.contains("Андреев") })
        // Keys do not reach the grid meanwhile.
        shell.type("5\r")
        #expect(try fixture.storedEntry(column: 2, student: 0) == nil)
        shell.type("<resize 100x30>")
        #expect(row(shell.frame, 0).contains("Андреев Б."))
    }

    @Test func longNamesAreCutByDisplayWidthAndColumnsStayAligned() throws {
        let fixture = try GridFixture(scratch)
        let frame = try fixture.shell().frame
        // The long name is cut to the 24 columns of the name column, with an ellipsis.
        let cut = row(frame, 1).columns(4, 24)
        #expect(DisplayWidth.of(cut) == 24 && cut.hasSuffix("…"))
        #expect("\(GridFixture.longName.0) \(GridFixture.longName.1)".hasPrefix(String(cut.dropLast())))
        #expect(row(frame, 1).columns(28, 1) == " ")
        #expect(frame.allSatisfy { DisplayWidth.of($0) == 100 })
        // Every column of marks and of results starts at the same place in every row.
        #expect((0..<4).map { row(frame, $0).columns(29, 5) } == ["  5  ", "  4  ", "  3  ", "  н  "])
        #expect((0..<4).map { row(frame, $0).columns(35, 5) } == ["  4  ", "  5  ", "  2  ", "  5  "])
        // Golden line kept on purpose: the results' headers stand over their columns.
        #expect(frame[3].columns(81, 18) == "   Ср Отм Рек Итог")
        #expect((0..<4).map { row(frame, $0).columns(81, 5) } == [" 4.25", " 4.75", " 2.25", " 5.00"])
    }

    @Test func theStatisticsRowDescribesTheCurrentColumn() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("<left>")
        // 14.09 К: 4, 5, 2, 5 — N = 4 with marks; «5» 2 «4» 1 «2» 1.
        // успеваемость 3/4 = 75.00%, качество 3/4 = 75.00%, СОУ (2·100 + 64 + 16)/4 = 70.00%.
        var stats = try #require(shell.grid?.columnStatistics)
        #expect(shell.grid?.currentColumn?.date == fixture.columns[1].date)
        #expect([stats.n5, stats.n4, stats.n3, stats.n2, stats.counted] as [Int] == [2, 1, 0, 1, 4])
        #expect(stats.progress == Ratio(75) && stats.quality == Ratio(75) && stats.sou == Ratio(70))
        // Golden line kept on purpose: the column statistics line as the teacher reads it.
        #expect(trimmed(shell.frame[26])
            == "Столбец 14.09.2026: «5» 2 «4» 1 «3» 0 «2» 1 · усп. 75.00% · кач. 75.00% · СОУ 70.00%")
        // контрольная работа, ×3.
        let column = try #require(shell.grid?.currentColumn)
        #expect(column.kindCode == "control")
        #expect(fixture.session.weight(of: column) == Weight(3))
        shell.type("<left>")
        // 07.09 ОУ: 5, 4, 3 and н (not counted) — N = 3: усп. 100.00%, кач. 2/3 = 66.67%,
        // СОУ (100 + 64 + 36)/3 = 66.67%.
        stats = try #require(shell.grid?.columnStatistics)
        #expect(shell.grid?.currentColumn?.date == fixture.columns[0].date)
        #expect([stats.n5, stats.n4, stats.n3, stats.n2, stats.counted] as [Int] == [1, 1, 1, 0, 3])
        #expect(stats.progress == Ratio(100))
        #expect(stats.quality == Ratio(numerator: 200, denominator: 3) && stats.quality?.shown == "66.67")
        #expect(stats.sou == Ratio(numerator: 200, denominator: 3))
        shell.type("<end>")
        stats = try #require(shell.grid?.columnStatistics)
        #expect(shell.grid?.currentColumn?.date == fixture.columns[2].date)
        #expect([stats.n5, stats.n4, stats.n3, stats.n2, stats.counted] as [Int] == [0, 0, 0, 0, 0])
        #expect(stats.progress == nil && stats.quality == nil && stats.sou == nil)
    }

    @Test func theFunctionKeyBarNamesTheGridsKeys() throws {
        let fixture = try GridFixture(scratch)
        let frame = try fixture.shell().frame
        // Golden line kept on purpose: the F-key bar, each label in its slot.
        #expect(trimmed(frame[29])
            == "F1Помощь  F2Урок    F3Новый   F4Истор   F5Итог    F6Период  F7Замок   F8Удал    F9        F10Выход")
    }

    @Test func helpListsTheGridsKeys() throws {
        let fixture = try GridFixture(scratch)
        for key in ["?", "<F1>"] {
            var shell = try fixture.shell()
            shell.type(key)
            #expect(shell.isShowingHelp)
            let text = shell.frame.joined(separator: "\n")
            #expect(text.contains("Клавиши: 7А · Алгебра"))
            #expect(text.contains("Ввести отметку: 1–5, 5/4, н б у оп, зч нз, • (точка), осв"))
            #expect(text.contains("Enter          Сохранить и перейти вниз"))
            #expect(text.contains("u Ctrl-Z       Отменить последнее изменение"))
            #expect(text.contains("Ctrl-R Ctrl-Y  Вернуть отменённое"))
            #expect(text.contains("F7             Закрыть или открыть период"))
            // A key closes help without reaching the grid.
            shell.type("5")
            #expect(!shell.isShowingHelp)
            #expect(shell.grid?.input == "")
        }
    }

    @Test func f3AddsAColumnAndPutsTheCursorOnIt() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("<F3>")
        #expect(shell.depth == 2)
        let form = try #require(shell.top as? ColumnFormScreen)
        #expect(form.title == .journal(.columnNew))
        // The date offered is today's.
        #expect(form.fields[.fieldDate] == "20.09.2026")
        // A date outside the term is refused and the form stays.
        shell.type("<C-u>01.12.2026\r")
        #expect(shell.depth == 2)
        #expect(shell.top is ColumnFormScreen)
        #expect(shell.status == .error(.badDate))
        shell.type("<C-u>16.09.2026<tab><C-u>контрольная<tab>2.5\r")
        #expect(shell.depth == 1)
        #expect(shell.status == .info(.columnSaved))
        // The grid reads the journal again as soon as the form closes: no tick needed.
        #expect(shell.grid?.data.columns.count == 4)
        // Dates 07, 14, 16, 18: the new column is the third.
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        #expect(shell.grid?.data.columns.map(\.date.dayMonth) == ["07.09", "14.09", "16.09", "18.09"])
        #expect(shell.grid?.data.columns[2].kindCode == "control")
        #expect(shell.grid?.data.columns[2].weightOverride == Weight(hundredths: 250))
        let stored = try Journal(path: fixture.path, readOnly: true)
            .columns(classID: fixture.pair.classID, subjectID: fixture.pair.subjectID)
        #expect(stored.map(\.date.dayMonth) == ["07.09", "14.09", "16.09", "18.09"])
        #expect(stored[2].kindCode == "control")
        #expect(stored[2].weight == Weight(hundredths: 250))
        shell.type("4\r")
        #expect(try Journal(path: fixture.path, readOnly: true).entry(columnID: stored[2].id, studentID: fixture.students[0].id) == .mark(4))
    }

    /// The form saves the column, its outcome tags and its level in one transaction: when the
    /// level cannot be written (a trigger refuses it here), no column is left behind either.
    @Test func aColumnWhoseLevelCannotBeSavedIsNotAddedEither() throws {
        let fixture = try GridFixture(scratch)
        try SQLiteConnection(path: fixture.path, mode: .readWrite).execute("""
            CREATE TRIGGER refuse_levels BEFORE INSERT ON column_levels BEGIN SELECT RAISE(ABORT, 'refused'); END;
            """)
        var shell = try fixture.shell()
        shell.type("<F3>")
        shell.type("<C-u>16.09.2026<tab><C-u>контрольная<tab><tab><tab><tab>п\r")
        #expect(shell.depth == 2)
        #expect(shell.top is ColumnFormScreen)
        #expect(shell.status?.kind == .error)
        #expect(trimmed(shell.frame[28]).hasPrefix(" Не сохранено"))
        let stored = try Journal(path: fixture.path, readOnly: true)
            .columns(classID: fixture.pair.classID, subjectID: fixture.pair.subjectID)
        #expect(stored.map(\.date.dayMonth) == ["07.09", "14.09", "18.09"])
    }

    @Test func f8DeletesAColumnAndUndoBringsItBackWithItsMarks() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("<left><F8>")
        #expect(trimmed(shell.frame[26]).hasPrefix("Удалить урок 14.09 К со всеми отметками?"))
        shell.type("n")
        #expect(shell.grid?.data.columns.count == 3)
        shell.type("<F8>y")
        #expect(shell.status == .info(.columnDeleted("14.09")))
        #expect(shell.grid?.data.columns.map(\.date.dayMonth) == ["07.09", "18.09"])
        #expect(try Journal(path: fixture.path, readOnly: true).column(id: fixture.columns[1].id) == nil)
        // Андреев has only the 5 of 07.09 left.
        #expect(shell.grid?.figures(0) == figures(Ratio(5), 1, .notAttested))
        shell.type("u")
        #expect(shell.grid?.data.columns.map(\.date.dayMonth) == ["07.09", "14.09", "18.09"])
        #expect(shell.grid?.cursor.column == 1)
        #expect((0..<4).map { try? fixture.storedEntry(column: 1, student: $0) } == [.mark(4), .mark(5), .mark(2), .mark(5)])
        #expect(shell.grid?.figures(0) == figures(Ratio(hundredths: 425), 2, .notAttested))
    }

    @Test func f5FinalMarkDifferingFromTheComputedOneNeedsAReason() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        // Андреев gets 5 in the С column: 4.50 recommends 4.
        shell.type("5\r<up><F5>")
        #expect(shell.depth == 2)
        let andreev = try #require(try fixture.shell().grid?.data.students.first)
        let form = try #require(shell.top as? FinalMarkScreen)
        #expect(form.title == .journal(.finalTitle(andreev.shortName)))
        #expect(form.student.id == fixture.students[0].id)
        #expect(form.recommendation == figures(Ratio(hundredths: 450), 3, .mark(4)))
        #expect(shell.frame.contains { $0.contains("Рек") || $0.contains("4 (4.50)") })
        shell.type("<bs>5\r")
        #expect(shell.depth == 2)
        #expect(shell.status == .error(.reasonNeeded))
        let reader = try Journal(path: fixture.path, readOnly: true)
        #expect(try reader.finalMarks(classID: fixture.pair.classID, subjectID: fixture.pair.subjectID, term: 1).isEmpty)
        shell.type("проект по функциям\r")
        #expect(shell.depth == 1)
        #expect(shell.status == .info(.finalSaved(andreev.shortName)))
        // Рек stays 4 (4.50 from three marks); the Итог column holds the 5 set.
        #expect(shell.grid?.figures(0) == figures(Ratio(hundredths: 450), 3, .mark(4)))
        #expect(shell.grid?.data.finals[fixture.students[0].id]?.value == .mark(5))
        let finals = try reader.finalMarks(classID: fixture.pair.classID, subjectID: fixture.pair.subjectID, term: 1)
        #expect(finals.map(\.value) == ["5"])
        #expect(finals.map(\.reason) == ["проект по функциям"])
    }

    @Test func f4ShowsTheCellHistoryOldToNew() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("<left>3<up>2<up><F4>")
        #expect(shell.depth == 2)
        let grid = try #require(try fixture.shell().grid)
        let screen = try #require(shell.top as? HistoryScreen)
        #expect(screen.title == .journal(.historyTitle("\(grid.data.students[0].shortName), 14.09")))
        // Newest first on the screen's rows: 3 → 2, 4 → 3, — → 4, all by teacher.
        #expect(screen.records.map(\.oldValue) == ["3", "4", nil])
        #expect(screen.records.map(\.newValue) == ["2", "3", "4"])
        #expect(screen.records.allSatisfy { $0.user == "teacher" && $0.columnID == fixture.columns[1].id
            && $0.studentID == fixture.students[0].id })
        let lines = shell.frame.map(trimmed)
        #expect(lines[3].hasSuffix("teacher  3 → 2"))
        #expect(lines[4].hasSuffix("teacher  4 → 3"))
        #expect(lines[5].hasSuffix("teacher  — → 4"))
        shell.type("<esc>")
        #expect(shell.depth == 1)
    }
}
