import Foundation
import HostileSupport
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The journal grid driven key by key through the shell at 100 × 30, checked on the cell buffer
/// and in the file. Layout at that width: the name column is 24 wide (the long name is cut), the
/// lesson cells start at column 29 and are 6 apart, the average sits in columns 81–85, the mark
/// count 87–89, the recommendation 91–93 and the final mark 95–98. Frame rows: 0 shell title,
/// 1 grid title, 2 dates, 3 kinds, 4… students, 26–27 column statistics, 28 status, 29 F-keys.
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
        #expect(trimmed(frame[0]) == " Журнал › 7А · Алгебра")
        #expect(trimmed(frame[1]).hasPrefix("7А · Алгебра · 1 четверть (01.09–31.10)   "))
        // Term statistics on the right: the term is running and nobody has three marks yet, so all
        // four are «мало отметок», not yet attested: no percentage rather than 0.00% (docs/rules.md
        // §7).
        #expect(trimmed(frame[1]).hasSuffix("Период: усп. — · кач. — · СОУ —"))
        #expect(trimmed(frame[2]) == String(repeating: " ", count: 29) + "07.09 14.09 18.09")
        // Андреев: (5×1 + 4×3) / 4 = 4.25 with two marks, fewer than three: н/а.
        #expect(trimmed(row(frame, 0)) == "  1 Андреев Б.                 5     4" + String(repeating: " ", count: 44) + "4.25   2 н/а")
        // Сидорова: н does not count, 5×3 / 3 = 5.00 from one mark.
        #expect(row(frame, 3).columns(81, 13) == " 5.00   1 н/а")
    }

    @Test func typingAMarkSavesItDurablyAndMovesDown() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("5\r")
        #expect(try fixture.storedEntry(column: 2, student: 0) == .mark(5))
        #expect(shell.grid?.cursor == GridCursor(row: 1, column: 2))
        // Андреев: (5×1 + 4×3 + 5×2) / 6 = 27/6 = 4.50 from three marks; 4.50 < 4.60 recommends 4.
        let line = row(shell.frame, 0)
        #expect(line.columns(41, 5) == "  5  ")
        #expect(line.columns(81, 13) == " 4.50   3   4")
        #expect(shell.status == nil)
    }

    @Test func forgivingInputIsStoredInItsCanonicalForm() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("<down>5/4\rn\r.\r")
        #expect(try fixture.storedEntry(column: 2, student: 1) == .double(5, 4))
        #expect(try fixture.storedEntry(column: 2, student: 2) == .absence(.absent))
        #expect(try fixture.storedEntry(column: 2, student: 3) == .owed)
        let frame = shell.frame
        #expect(row(frame, 1).columns(41, 5) == " 5/4 ")
        #expect(row(frame, 2).columns(41, 5) == "  н  ")
        // The cursor rests on the last row, so its cell shows nothing but what is being typed.
        #expect(shell.grid?.cursor == GridCursor(row: 3, column: 2))
        #expect(shell.grid?.data.entries[CellKey(columnID: fixture.columns[2].id, studentID: fixture.students[3].id)] == .owed)
        // Long name: (4×1 + 5×3 + 5×2 + 4×2) / (1 + 3 + 2 + 2) = 37/8 = 4.625, shown 4.63 ≥ 4.60: 5.
        #expect(row(frame, 1).columns(81, 13) == " 4.63   4   5")
        // Петров: н adds nothing, still (3 + 2×3) / 4 = 2.25 from two marks.
        #expect(row(frame, 2).columns(81, 13) == " 2.25   2 н/а")
        shell.type("<up>")
        #expect(row(shell.frame, 3).columns(41, 5) == "  •  ")
    }

    @Test func anInvalidKeyIsRefusedInTheStatusLineAndNothingIsWritten() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        let before = try fixture.journal.recentHistory(limit: 100).count
        shell.type("x")
        #expect(trimmed(shell.frame[28]) == " «x» — не отметка. Допустимо: 1–5, 5/4, н б у оп, зч нз, • (.), осв")
        #expect(shell.status?.kind == .error)
        // The refused text stays in the cell, marked, until Backspace or Esc: a reflex Enter
        // neither saves nor moves on.
        #expect(shell.grid?.input == "x")
        #expect(shell.grid?.inputRefused == true)
        shell.type("\r")
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        #expect(shell.status?.kind == .error)
        shell.type("<esc>")
        #expect(shell.grid?.input == "")
        #expect(shell.grid?.inputRefused == false)
        // A wrong character after a good one refuses the whole entry: Enter then saves nothing.
        shell.type("4x")
        #expect(trimmed(shell.frame[28]) == " «4x» — не отметка. Допустимо: 1–5, 5/4, н б у оп, зч нз, • (.), осв")
        shell.type("\r")
        #expect(try fixture.storedEntry(column: 2, student: 0) == nil)
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        shell.type("<esc><down>55\r")
        #expect(trimmed(shell.frame[28]) == " «55» — не отметка. Допустимо: 1–5, 5/4, н б у оп, зч нз, • (.), осв")
        #expect(shell.grid?.cursor == GridCursor(row: 1, column: 2))
        // Moving away with refused text is refused too.
        shell.type("<up>")
        #expect(shell.grid?.cursor == GridCursor(row: 1, column: 2))
        #expect(try fixture.storedEntry(column: 2, student: 0) == nil)
        #expect(try fixture.storedEntry(column: 2, student: 1) == nil)
        #expect(try fixture.journal.recentHistory(limit: 100).count == before)
        // Backspace corrects it; the next key clears the message.
        shell.type("<bs>")
        #expect(trimmed(shell.frame[28]) == "")
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
        #expect(row(shell.frame, 0).columns(35, 5) == "     ")
        #expect(row(shell.frame, 0).columns(81, 13) == " 5.00   1 н/а")
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
        shell.type("<right>u")
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(4))
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 1))
        #expect(trimmed(shell.frame[28]) == " Отменено: 7А Алгебра 14.09, Андреев Б.: 3 → 4")
        #expect(row(shell.frame, 0).columns(81, 13) == " 4.25   2 н/а")
        shell.type("<C-r>")
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(3))
        #expect(trimmed(shell.frame[28]) == " Возвращено: 7А Алгебра 14.09, Андреев Б.: 4 → 3")
        // (5 + 3×3) / 4 = 3.50.
        #expect(row(shell.frame, 0).columns(81, 13) == " 3.50   2 н/а")
        shell.type("<C-r>")
        #expect(trimmed(shell.frame[28]) == " Нечего возвращать")
        // Undo goes on into the fixture's own changes (same user), newest first.
        shell.type("uu")
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(4))
        #expect(try fixture.storedEntry(column: 1, student: 3) == nil)
        #expect(try fixture.storedEntry(column: 1, student: 2) == .mark(2))
        // Another user has nothing of their own to undo.
        var other = try fixture.shell(session: try fixture.reopen(user: "substitute").session)
        other.type("u")
        #expect(trimmed(other.frame[28]) == " Нечего отменять")
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
        shell.type("u")
        #expect(try fixture.storedEntry(column: 2, student: 0) == nil)
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        #expect(trimmed(shell.frame[28]) == " Отменено: 7А Алгебра 18.09, Андреев Б.: 2 → —")
    }

    @Test func aLockedTermRefusesChanges() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("<F7>")
        #expect(trimmed(shell.frame[28]) == " Период 1 закрыт: изменения запрещены")
        #expect(trimmed(shell.frame[1]).hasPrefix("7А · Алгебра · 1 четверть (01.09–31.10) · 🔒 закрыт   "))
        let history = try fixture.journal.recentHistory(limit: 100).count
        shell.type("5\r")
        #expect(trimmed(shell.frame[28]) == " Период 1 закрыт: изменения запрещены")
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        shell.type("<left><bs>")
        #expect(shell.status?.kind == .error)
        shell.type("<F3>")
        #expect(shell.depth == 1)
        #expect(trimmed(shell.frame[28]) == " Период 1 закрыт: изменения запрещены")
        shell.type("<F8>u")
        #expect(shell.depth == 1)
        #expect(try fixture.storedEntry(column: 2, student: 0) == nil)
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(4))
        #expect(try fixture.journal.recentHistory(limit: 100).count == history)
        // The lock is in the file: another window is refused too.
        let other = try fixture.reopen()
        #expect(other.session.isLocked(TermLock(term: other.session.currentTerm.number, kind: .quarter)))
        shell.type("<F7>")
        #expect(trimmed(shell.frame[28]) == " Период 1 открыт для изменений")
        shell.type("<right>5\r")
        #expect(try fixture.storedEntry(column: 2, student: 0) == .mark(5))
        // Undo looks at the term of the change, not of the grid on screen: with term 1 locked and
        // term 2 shown, undoing the term-1 mark is refused.
        shell.type("<F7><F6>u")
        #expect(trimmed(shell.frame[28]) == " Период 1 закрыт: изменения запрещены")
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
        #expect(row(frame, 1).columns(4, 24) == "Константинопольская-Зад…")
        #expect(row(frame, 1).columns(28, 1) == " ")
        #expect(frame.allSatisfy { DisplayWidth.of($0) == 100 })
        // Every column of marks and of results starts at the same place in every row.
        #expect((0..<4).map { row(frame, $0).columns(29, 5) } == ["  5  ", "  4  ", "  3  ", "  н  "])
        #expect((0..<4).map { row(frame, $0).columns(35, 5) } == ["  4  ", "  5  ", "  2  ", "  5  "])
        #expect(frame[3].columns(81, 18) == "   Ср Отм Рек Итог")
        #expect((0..<4).map { row(frame, $0).columns(81, 5) } == [" 4.25", " 4.75", " 2.25", " 5.00"])
    }

    @Test func theStatisticsRowDescribesTheCurrentColumn() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("<left>")
        // 14.09 К: 4, 5, 2, 5 — N = 4 with marks; «5» 2 «4» 1 «2» 1.
        // успеваемость 3/4 = 75.00%, качество 3/4 = 75.00%, СОУ (2·100 + 64 + 16)/4 = 70.00%.
        #expect(trimmed(shell.frame[26])
            == "Столбец 14.09.2026: «5» 2 «4» 1 «3» 0 «2» 1 · усп. 75.00% · кач. 75.00% · СОУ 70.00%")
        #expect(trimmed(shell.frame[27]) == "контрольная работа, ×3")
        shell.type("<left>")
        // 07.09 ОУ: 5, 4, 3 and н (not counted) — N = 3: усп. 100.00%, кач. 2/3 = 66.67%,
        // СОУ (100 + 64 + 36)/3 = 66.67%.
        #expect(trimmed(shell.frame[26])
            == "Столбец 07.09.2026: «5» 1 «4» 1 «3» 1 «2» 0 · усп. 100.00% · кач. 66.67% · СОУ 66.67%")
        shell.type("<end>")
        #expect(trimmed(shell.frame[26]) == "Столбец 18.09.2026: «5» 0 «4» 0 «3» 0 «2» 0 · усп. — · кач. — · СОУ —")
    }

    @Test func theFunctionKeyBarNamesTheGridsKeys() throws {
        let fixture = try GridFixture(scratch)
        let frame = try fixture.shell().frame
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
        #expect(trimmed(shell.frame[0]) == " Журнал › 7А · Алгебра › Новый урок")
        #expect(trimmed(shell.frame[4]) == " 20.09.2026")
        // A date outside the term is refused and the form stays.
        shell.type("<C-u>01.12.2026\r")
        #expect(shell.depth == 2)
        #expect(trimmed(shell.frame[28]) == " Дата не распознана: ДД.ММ или ДД.ММ.ГГГГ, в пределах периода")
        shell.type("<C-u>16.09.2026<tab><C-u>контрольная<tab>2.5\r")
        #expect(shell.depth == 1)
        #expect(trimmed(shell.frame[28]) == " Урок сохранён")
        // The grid reads the journal again as soon as the form closes: no tick needed.
        #expect(shell.grid?.data.columns.count == 4)
        // Dates 07, 14, 16, 18: the new column is the third.
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 2))
        let frame = shell.frame
        #expect(trimmed(frame[2]) == String(repeating: " ", count: 29) + "07.09 14.09 16.09 18.09")
        #expect(frame[3].columns(41, 5) == "К2.5 ")
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
        #expect(trimmed(shell.frame[28]) == " Урок 14.09 удалён (u — вернуть)")
        #expect(shell.grid?.data.columns.map(\.date.dayMonth) == ["07.09", "18.09"])
        #expect(try Journal(path: fixture.path, readOnly: true).column(id: fixture.columns[1].id) == nil)
        // Андреев has only the 5 of 07.09 left.
        #expect(row(shell.frame, 0).columns(81, 13) == " 5.00   1 н/а")
        shell.type("u")
        #expect(shell.grid?.data.columns.map(\.date.dayMonth) == ["07.09", "14.09", "18.09"])
        #expect(shell.grid?.cursor.column == 1)
        #expect((0..<4).map { try? fixture.storedEntry(column: 1, student: $0) } == [.mark(4), .mark(5), .mark(2), .mark(5)])
        #expect(row(shell.frame, 0).columns(81, 13) == " 4.25   2 н/а")
    }

    @Test func f5FinalMarkDifferingFromTheComputedOneNeedsAReason() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        // Андреев gets 5 in the С column: 4.50 recommends 4.
        shell.type("5\r<up><F5>")
        #expect(shell.depth == 2)
        #expect(trimmed(shell.frame[1]) == " Итоговая отметка: Андреев Б.")
        #expect(shell.frame.contains { $0.contains("Рек") || $0.contains("4 (4.50)") })
        shell.type("<bs>5\r")
        #expect(shell.depth == 2)
        #expect(trimmed(shell.frame[28]) == " Укажите причину: отметка отличается от расчётной")
        let reader = try Journal(path: fixture.path, readOnly: true)
        #expect(try reader.finalMarks(classID: fixture.pair.classID, subjectID: fixture.pair.subjectID, term: 1).isEmpty)
        shell.type("проект по функциям\r")
        #expect(shell.depth == 1)
        #expect(trimmed(shell.frame[28]) == " Андреев Б.: итоговая отметка сохранена")
        #expect(row(shell.frame, 0).columns(81, 18) == " 4.50   3   4    5")
        let finals = try reader.finalMarks(classID: fixture.pair.classID, subjectID: fixture.pair.subjectID, term: 1)
        #expect(finals.map(\.value) == ["5"])
        #expect(finals.map(\.reason) == ["проект по функциям"])
    }

    @Test func f4ShowsTheCellHistoryOldToNew() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("<left>3<up>2<up><F4>")
        #expect(shell.depth == 2)
        let lines = shell.frame.map(trimmed)
        #expect(lines[1] == " История: Андреев Б., 14.09")
        #expect(lines[3].hasSuffix("teacher  3 → 2"))
        #expect(lines[4].hasSuffix("teacher  4 → 3"))
        #expect(lines[5].hasSuffix("teacher  — → 4"))
        shell.type("<esc>")
        #expect(shell.depth == 1)
    }
}
