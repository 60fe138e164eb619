import Testing
import TerminalUI

@Suite struct AppShellTests {
    private let russian = DrawContext(language: .ru)

    private func shell(_ root: some Screen, _ width: Int = 80, _ height: Int = 24, language: Language = .ru) -> AppShell {
        AppShell(root: root, size: Size(width: width, height: height), context: DrawContext(language: language))
    }

    @Test func frameHasTitleScreenStatusLineAndFunctionKeyBar() {
        let lines = shell(ListScreen()).screenLines
        #expect(lines.count == 24)
        #expect(lines[0] == " Журнал › Список")
        #expect(lines[1] == "Строка 0")
        #expect(lines[2] == "Ввод:  тики: 0")
        #expect(lines[3...20].allSatisfy { $0.isEmpty })
        #expect(lines[21] == "конец")
        #expect(lines[22] == "")
        #expect(lines[23] == "1Помощь 2Карта  3       4       5       6       7       8       9       10Выход")
    }

    @Test func narrowTitleLineKeepsTheVisibleScreen() {
        var narrow = ListScreen()
        narrow.minimumSize = Size(width: 10, height: 6)
        #expect(shell(narrow, 12, 6).screenLines[0] == " … › Список")
        #expect(shell(narrow, 10, 6).screenLines[0] == " … › Спис…")
        #expect(shell(narrow, 16, 6).screenLines[0] == " Журнал › Список")
    }

    /// At 100 columns and more each slot is ten wide and keeps the `F`.
    @Test func functionKeyBarKeepsTheFWhereASlotHasRoom() {
        #expect(shell(ListScreen(), 100, 24).screenLines[23].hasPrefix("F1Помощь  F2Карта   F3"))
    }

    @Test func functionKeyBarInEnglishAndInANarrowTerminal() {
        #expect(shell(ListScreen(), language: .en).screenLines[23]
            == "1Help   2Карта  3       4       5       6       7       8       9       10Quit")
        #expect(shell(ListScreen(), 40, 10).screenLines[9] == "1П… 2К… 3   4   5   6   7   8   9   10В…")
    }

    @Test func functionKeyBarStyles() {
        let frame = shell(ListScreen()).render()
        #expect(frame[0, 23].style == Style(.keyHint, .bold))
        #expect(frame[2, 23].style == Style(.keyLabel))
        #expect(frame[0, 0].style == Style(.statusBar, .bold))
        #expect(frame[79, 0].style == Style(.statusBar))
        #expect(frame[0, 1].style == Style(.header))
    }

    @Test func keysReachTheScreenThroughItsTable() {
        let moved = shell(ListScreen()).after("jj<down><up>x")
        #expect(moved.screenLines[1] == "Строка 3")
        #expect(moved.depth == 1)
        #expect(!moved.isFinished)
    }

    @Test func escapeGoesBack() {
        let card = shell(ListScreen()).after("j<enter>")
        #expect(card.depth == 2)
        #expect(card.screenLines[0] == " Журнал › Список › Карточка")
        #expect(card.screenLines[1] == "Карточка: Ученик 1")
        #expect(card.screenLines[23] == "1Помощь 2       3Ошибка 4       5Стоп   6       7       8       9       10Выход")
        let back = card.after("<esc>")
        #expect(back.depth == 1)
        #expect(back.screenLines[0] == " Журнал › Список")
        #expect(back.screenLines[1] == "Строка 1")
        #expect(back.screenLines[21] == "конец")
    }

    @Test func escapeOnTheRootExplainsHowToQuit() {
        let root = shell(ListScreen()).after("<esc>")
        #expect(root.depth == 1)
        #expect(!root.isFinished)
        #expect(root.screenLines[22] == " Выход из программы: F10 или q")
        #expect(root.status == StatusMessage(.info, .escapeAtRoot))
    }

    @Test func theNextKeyClearsTheStatusLine() {
        let marked = shell(ListScreen()).after("5")
        #expect(marked.screenLines[22] == " 1 отметка")
        let twice = marked.after("4")
        #expect(twice.screenLines[22] == " 2 отметки")
        #expect(twice.screenLines[2] == "Ввод: 54 тики: 0")
        let cleared = twice.after("<left>")
        #expect(cleared.screenLines[22] == "")
        #expect(cleared.status == nil)
    }

    @Test func errorsShowInTheErrorStyle() {
        let failed = shell(ListScreen()).after("<F2><F3>")
        #expect(failed.screenLines[22] == " Нет связи с базой")
        #expect(failed.render()[1, 22].style == Style(.error, .bold))
    }

    @Test func replaceAndQuitFromAScreen() {
        let replaced = shell(ListScreen()).after("<enter><F4>")
        #expect(replaced.depth == 2)
        #expect(replaced.screenLines[1] == "Карточка: Другой")
        #expect(replaced.after("<F5>").isFinished)
    }

    @Test(arguments: ["q", "<F10>", "<C-c>"])
    func shellQuitKeys(_ keys: String) {
        #expect(shell(ListScreen()).after(keys).isFinished)
    }

    @Test func helpListsEveryKeyOfTheScreenFromItsTable() {
        let help = shell(ListScreen()).after("?")
        #expect(help.isShowingHelp)
        let pad = String(repeating: " ", count: 22)
        #expect(Array(help.screenLines[8...14]) == [
            pad + "┌─ Клавиши: Список ────────────────┐",
            pad + "│ ↓ j           Следующий ученик   │",
            pad + "│ F2 Enter      Открыть карточку   │",
            pad + "│ 1–5           Поставить отметку  │",
            pad + "│ F1 ?          Список клавиш      │",
            pad + "│ F10 q Ctrl-C  Выйти из программы │",
            pad + "└──────── любая клавиша — закрыть ─┘",
        ])
        #expect(help.screenLines[1] == "Строка 0")
        #expect(help.screenLines[23].hasPrefix("1Помощь "))
        #expect(help.helpEntries.map(\.keys) == ["↓ j", "F2 Enter", "1–5", "F1 ?", "F10 q Ctrl-C"])
    }

    @Test func anyKeyClosesHelpWithoutReachingTheScreen() {
        let closed = shell(ListScreen()).after("<F1>j")
        #expect(!closed.isShowingHelp)
        #expect(closed.screenLines[1] == "Строка 0")
        #expect(closed.screenLines[9] == "")
        #expect(!shell(ListScreen()).after("?q").isFinished)
    }

    @Test func helpOfAPushedScreenOffersEscape() {
        let help = shell(ListScreen()).after("<enter>?")
        #expect(help.helpEntries.map(\.keys) == ["F3", "F4", "F5", "F1 ?", "Esc", "F10 q Ctrl-C"])
        #expect(help.screenLines.contains { $0.contains("│ Esc           Назад") })
        #expect(help.helpEntries[0].barLabel == .verbatim("Ошибка"))
    }

    @Test func textEntryScreenGetsQuestionMarkAndQ() {
        let search = shell(ListScreen()).after("<enter>")
        var typed = search
        typed.handle(.escape)
        #expect(typed.depth == 1)
        let searching = AppShell(root: SearchScreen(), size: Size(width: 80, height: 24), context: russian).after("q?й<bs>")
        #expect(!searching.isFinished)
        #expect(!searching.isShowingHelp)
        #expect(searching.screenLines[1] == "/q?")
        #expect(searching.helpEntries.map(\.keys) == ["буквы", "Backspace", "F1", "F10 Ctrl-C"])
        #expect(searching.after("<F1>").isShowingHelp)
    }

    @Test func tooSmallTerminalShowsTheNeededSize() {
        var big = ListScreen()
        big.minimumSize = Size(width: 80, height: 24)
        let small = shell(big, 40, 12)
        #expect(small.screenLines == [
            "", "", "", "", "",
            "   Окно терминала слишком маленькое.",
            "  Нужно не меньше 80×24, сейчас 40×12.",
            "", "", "", "", "",
        ])
        let pressed = small.after("<enter>j?")
        #expect(pressed.depth == 1)
        #expect(!pressed.isShowingHelp)
        #expect(pressed.after("<resize 80x24>").screenLines[1] == "Строка 0")
        #expect(small.after("<F10>").isFinished)
    }

    @Test func resizeChangesTheFrameAndKeepsTheStatus() {
        let resized = shell(ListScreen()).after("5<resize 100x30>")
        #expect(resized.size == Size(width: 100, height: 30))
        let frame = resized.render()
        #expect(frame.size == Size(width: 100, height: 30))
        #expect(frame.trimmedLines()[28] == " 1 отметка")
        #expect(frame.trimmedLines()[27] == "конец")
    }

    @Test(arguments: [(0, 0), (1, 1), (5, 2), (10, 3), (39, 10), (40, 9), (3, 40)])
    func anySizeDrawsWithoutCrashing(_ width: Int, _ height: Int) {
        let lines = shell(ListScreen(), width, height).after("?").screenLines
        #expect(lines.count == height)
        #expect(lines.allSatisfy { $0.displayWidth <= width })
    }

    @Test func englishTooSmallMessageWrapsInANarrowTerminal() {
        #expect(shell(ListScreen(), 20, 6, language: .en).screenLines == [
            "",
            "The terminal window",
            "   is too small.",
            " It needs at least",
            "  40×10, now 20×6.",
            "",
        ])
    }

    @Test func helpScrollsWhenItDoesNotFit() {
        let help = AppShell(root: ManyKeysScreen(), size: Size(width: 40, height: 10), context: russian).after("?")
        #expect(help.screenLines[2].contains("│ Ctrl-A"))
        #expect(help.screenLines[6].contains("│ Ctrl-E"))
        #expect(help.screenLines[6].hasSuffix("↓"))
        let paged = help.after("<pgdn>")
        #expect(paged.isShowingHelp)
        #expect(paged.screenLines[2].contains("│ Ctrl-F"))
        #expect(paged.screenLines[2].hasSuffix("↑"))
        let end = paged.after("<end>")
        #expect(end.screenLines[6] == "     │ F10 q   Выйти из программы │")
        #expect(end.after("<up><home>").screenLines[2].contains("│ Ctrl-A"))
    }

    @Test func tickReachesTheTopScreenAndPostShowsAMessage() {
        var ticking = shell(ListScreen())
        ticking.tick()
        ticking.tick()
        #expect(ticking.screenLines[2] == "Ввод:  тики: 2")
        ticking.post(StatusMessage(.error, .verbatim("База изменена другим процессом")))
        #expect(ticking.screenLines[22] == " База изменена другим процессом")
        ticking.handle(.resize(width: 20, height: 24))
        #expect(ticking.screenLines[22] == "")
        ticking.handle(.resize(width: 40, height: 10))
        #expect(ticking.screenLines[8] == " База изменена другим процессом")
        ticking.post(StatusMessage(.info, .verbatim("Импорт: 1 200 строк, 3 ошибки, подробности в журнале")))
        #expect(ticking.screenLines[8] == " Импорт: 1 200 строк, 3 ошибки, подробн…")
    }

    @Test func asciiLinesForHelp() {
        let ascii = AppShell(root: ListScreen(), size: Size(width: 80, height: 24),
                             context: DrawContext(language: .en, glyphs: .ascii)).after("?")
        #expect(ascii.screenLines[0] == " Zhurnal › Список")
        #expect(ascii.screenLines[8].contains("+- Keys: Список -"))
        #expect(ascii.screenLines[9].contains("| ↓ j "))
    }
}
