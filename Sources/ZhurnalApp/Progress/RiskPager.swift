import TerminalUI

/// The scrolling text of a risk screen: a bold title line, reasons indented four spaces in the
/// warning colour; ↑/↓ (k/j) scroll, Esc goes back.
public struct RiskPager: Sendable {
    /// Scroll, or go back.
    public enum Command: Sendable { case scroll(ScrollingList.Move), close }

    var list = ScrollingList(keys: [.arrows, .letters])

    var keyBindings: [KeyBinding<Command>] {
        list.keyBindings(Command.scroll) + [KeyBinding(.escape, help: .keyBack, command: .close)]
    }

    /// Keeps the height of the screen's area for paging.
    mutating func fit(_ area: Size) {
        list.fit(visible: area.height)
    }

    /// The lines `text` is drawn in, blank ones included.
    static func lineCount(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).count
    }

    /// Scrolls within `lineCount` lines, or closes.
    mutating func perform(_ command: Command, lineCount: Int) -> ScreenAction {
        switch command {
        case .scroll(let move): list.scroll(move, count: lineCount)
        case .close: return .pop
        }
        return .none
    }

    /// Draws `text` from the scroll offset.
    func draw(_ text: String, into buffer: inout CellBuffer) {
        list.drawPage(text.split(separator: "\n", omittingEmptySubsequences: false), into: &buffer) { index, line in
            index == 0 ? Style(.header, .bold) : line.hasPrefix("    ") ? Style(.warning) : .normal
        }
    }
}
