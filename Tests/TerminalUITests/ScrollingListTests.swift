import Testing
import TerminalUI

/// `ScrollingList`: its key table, its moves with and without a known height, the lines it draws,
/// and a screen built on it in the shell.
@Suite struct ScrollingListTests {
    private let all: ScrollingList.Keys = [.arrows, .letters, .pages, .ends]

    /// The list after `moves` among `count` lines, the height not known.
    private func scrolled(_ moves: [ScrollingList.Move], count: Int = 30, pageStep: Int = 10) -> ScrollingList {
        var list = ScrollingList(keys: all, pageStep: pageStep)
        for move in moves { list.scroll(move, count: count) }
        return list
    }

    /// The list after `moves` among `count` lines of which `visible` are shown.
    private func scrolled(_ moves: [ScrollingList.Move], count: Int = 30, visible: Int) -> ScrollingList {
        var list = ScrollingList(keys: all)
        for move in moves { list.scroll(move, count: count, visible: visible) }
        return list
    }

    @Test func keyTableHasTheKeysAskedForInOrderWithOneHelpText() {
        let full = ScrollingList(keys: all).keyBindings
        #expect(full.map(\.trigger.label) == ["↑ k", "↓ j", "PgUp", "PgDn", "Home", "End"])
        #expect(full.map(\.command) == [.lineUp, .lineDown, .pageUp, .pageDown, .top, .bottom])
        #expect(full.allSatisfy { $0.help == .keyMoveList && $0.barLabel == nil && $0.keyHelp.functionKey == nil })
        #expect(ScrollingList(keys: [.arrows, .letters]).keyBindings.map(\.trigger.label) == ["↑ k", "↓ j"])
        #expect(ScrollingList(keys: [.arrows, .pages, .ends]).keyBindings.map(\.trigger.label)
                == ["↑", "↓", "PgUp", "PgDn", "Home", "End"])
        #expect(ScrollingList(keys: []).keyBindings.isEmpty)
        #expect(Message.keyMoveList.text(.ru) == "Перемещение по списку")
        #expect(Message.keyMoveList.text(.en) == "Move through the list")
    }

    @Test func keyTableWrapsTheMovesInTheScreensCommand() {
        let wrapped = ScrollingList(keys: [.arrows, .letters, .pages]).keyBindings { "move \($0)" }
        #expect(wrapped.map(\.command) == ["move lineUp", "move lineDown", "move pageUp", "move pageDown"])
        let fired = wrapped.first { $0.trigger.matches(.char("j")) }
        #expect(fired?.command == "move lineDown")
        #expect(!wrapped.contains { $0.trigger.matches(.home) || $0.trigger.matches(.char("J")) })
    }

    @Test func linesStopAtBothEndsWithTheLastLineAtTheTop() {
        #expect(scrolled([.lineUp]).offset == 0)
        #expect(scrolled([.lineDown, .lineDown]).offset == 2)
        #expect(scrolled(Array(repeating: .lineDown, count: 100)).offset == 29)
        #expect(scrolled(Array(repeating: .lineDown, count: 100) + [.lineUp]).offset == 28)
        #expect(scrolled([.lineDown], count: 1).offset == 0)
    }

    @Test func pagesMoveThePageStepAndStopAtTheEnds() {
        #expect(scrolled([.pageDown]).offset == 10)
        #expect(scrolled([.pageDown, .pageDown, .pageUp]).offset == 10)
        #expect(scrolled([.pageDown, .pageDown, .pageDown]).offset == 29)
        #expect(scrolled([.lineDown, .lineDown, .pageUp]).offset == 0)
        #expect(scrolled([.pageDown], pageStep: 3).offset == 3)
    }

    @Test func homeAndEndGoToTheFirstAndTheLastLine() {
        #expect(scrolled([.bottom]).offset == 29)
        #expect(scrolled([.pageDown, .top]).offset == 0)
        #expect(scrolled([.bottom, .lineDown]).offset == 29)
        #expect(scrolled([.bottom, .lineUp]).offset == 28)
    }

    @Test func aKnownHeightPagesByTheHeightAndStopsAtTheLastFullPage() {
        #expect(scrolled([.pageDown], visible: 8).offset == 8)
        #expect(scrolled([.pageDown, .pageDown, .pageDown], visible: 8).offset == 22)
        #expect(scrolled([.bottom], visible: 8).offset == 22)
        #expect(scrolled([.bottom, .lineDown], visible: 8).offset == 22)
        #expect(scrolled([.bottom, .lineUp], visible: 8).offset == 21)
        #expect(scrolled([.bottom, .pageUp], visible: 8).offset == 14)
        #expect(scrolled([.bottom, .top], visible: 8).offset == 0)
        #expect(scrolled([.bottom, .lineDown], count: 5, visible: 8).offset == 0)
        #expect(scrolled([.pageDown], visible: 0).offset == 1)
    }

    /// Once the screen has said its height, `scroll(_:count:)` pages by it and stops at the last
    /// full page, so the first ↑ after the end moves the page.
    @Test func aFittedListPagesByItsHeightAndUpMovesAtOnceAfterTheEnd() {
        var list = ScrollingList(keys: all, pageStep: 10)
        list.fit(visible: 4)
        #expect(list.visible == 4)
        list.scroll(.pageDown, count: 30)
        #expect(list.offset == 4)
        for _ in 0..<30 { list.scroll(.lineDown, count: 30) }
        #expect(list.offset == 26)
        list.scroll(.lineUp, count: 30)
        #expect(list.offset == 25)
        list.scroll(.bottom, count: 30)
        #expect(list.offset == 26)
        list.fit(visible: 0)
        #expect(list.visible == 1, "a zero height counts as one row")
    }

    @Test func anEmptyListStaysAtItsTop() {
        for move in ScrollingList.Move.allCases {
            #expect(scrolled([move], count: 0).offset == 0, "\(move)")
            #expect(scrolled([move], count: 0, visible: 5).offset == 0, "\(move)")
        }
        let list = scrolled([.bottom], count: 0)
        #expect(list.range(visible: 5, count: 0) == 0..<0)
        #expect(list.filledRange(visible: 5, count: 0) == 0..<0)
        var buffer = CellBuffer(width: 10, height: 3)
        list.drawPage([String](), into: &buffer) { _, _ in .normal }
        #expect(buffer == CellBuffer(width: 10, height: 3))
    }

    @Test func aListLeavesRowsEmptyBelowItsLastLineAPageDoesNot() {
        let end = scrolled([.bottom])
        #expect(end.range(visible: 10, count: 30) == 29..<30)
        #expect(end.filledRange(visible: 10, count: 30) == 20..<30)
        #expect(end.filledRange(visible: 50, count: 30) == 0..<30)
        let middle = scrolled([.pageDown])
        #expect(middle.range(visible: 10, count: 30) == 10..<20)
        #expect(middle.filledRange(visible: 10, count: 30) == 10..<20)
        #expect(middle.range(visible: -3, count: 30) == 10..<10)
        #expect(middle.filledRange(visible: -3, count: 30) == 10..<10)
    }

    /// A smaller window keeps the first line asked for at the top; a larger one pulls the page
    /// back so that no row stays empty, and back again when it shrinks.
    @Test func resizingKeepsTheFirstLineShown() {
        let list = scrolled([.bottom], visible: 10)
        #expect(list.filledRange(visible: 10, count: 30) == 20..<30)
        #expect(list.filledRange(visible: 4, count: 30) == 20..<24)
        #expect(list.filledRange(visible: 1, count: 30) == 20..<21)
        #expect(list.filledRange(visible: 25, count: 30) == 5..<30)
        #expect(list.filledRange(visible: 4, count: 30) == 20..<24)
        let line = scrolled([.pageDown, .lineDown])
        for height in [1, 2, 5, 19] {
            #expect(line.filledRange(visible: height, count: 30).first == 11, "\(height)")
        }
        #expect(line.filledRange(visible: 20, count: 30) == 10..<30)
    }

    @Test func drawPageWritesTheShownLinesWithTheirStyles() {
        let lines = (0..<30).map { "Строка \($0)" } + ["Конец\u{7}"]
        var buffer = CellBuffer(width: 14, height: 3)
        var list = ScrollingList(keys: all)
        list.drawPage(lines, into: &buffer) { index, line in index == 0 ? Style(.header, .bold) : line.hasSuffix("1") ? Style(.warning) : .normal }
        #expect(buffer.trimmedLines() == [" Строка 0", " Строка 1", " Строка 2"])
        #expect(buffer[1, 0].style == Style(.header, .bold))
        #expect(buffer[1, 1].style == Style(.warning))
        #expect(buffer[1, 2].style == .normal)
        #expect(buffer[0, 0] == .blank)
        list.scroll(.bottom, count: lines.count)
        var end = CellBuffer(width: 9, height: 3)
        list.drawPage(lines, into: &end) { _, _ in .normal }
        #expect(end.trimmedLines() == [" Строка", " Строка", " Конец" + String(DisplayWidth.controlPlaceholder)])
    }

    @Test func aScreenOnTheListScrollsAndListsItsKeysInHelp() {
        var shell = AppShell(root: PageScreen(), size: Size(width: 40, height: 10), context: DrawContext(language: .ru))
        #expect(shell.helpEntries.map(\.keys) == ["↑ k", "↓ j", "PgUp", "PgDn", "F2", "F1 ?", "F10 q Ctrl-C"])
        #expect(shell.helpEntries.prefix(4).allSatisfy { $0.help == .keyMoveList })
        #expect(shell.after("?").screenLines.contains { $0.contains("↑ k") && $0.contains("Перемещение по списку") })
        #expect(shell.screenLines[1] == " Строка 0")
        shell.type("jj<down>")
        #expect(shell.screenLines[1] == " Строка 3")
        shell.type("<pgdn><pgdn><pgdn>")
        #expect(Array(shell.screenLines[1...7]) == (23..<30).map { " Строка \($0)" })
        shell.handle(.resize(width: 40, height: 6))
        #expect(Array(shell.screenLines[1...3]) == (27..<30).map { " Строка \($0)" })
        shell.type("<F2>k")
        #expect(shell.screenLines[1] == " Строка 0")
        shell.type("<pgdn>")
        shell.handle(.resize(width: 40, height: 8))
        #expect(Array(shell.screenLines[1...5]) == (10..<15).map { " Строка \($0)" })
        shell.handle(.resize(width: 40, height: 40))
        #expect(shell.screenLines[1] == " Строка 0" && shell.screenLines[30] == " Строка 29")
    }
}
