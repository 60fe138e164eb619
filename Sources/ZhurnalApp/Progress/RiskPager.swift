import TerminalUI

/// The scrolling text of a risk screen: a bold title line, reasons indented four spaces in the
/// warning colour; ↑/↓ (k/j) scroll, Esc goes back.
public struct RiskPager: Sendable {
    /// Scroll up or down, or go back.
    public enum Command: Sendable { case up, down, close }

    var offset = 0

    static var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.up, .char("k"), help: .journal(.keyMoveList), command: .up),
            KeyBinding(.down, .char("j"), help: .journal(.keyMoveList), command: .down),
            KeyBinding(.escape, help: .keyBack, command: .close),
        ]
    }

    /// Scrolls within `lineCount` lines, or closes.
    mutating func perform(_ command: Command, lineCount: Int) -> ScreenAction {
        switch command {
        case .up: offset = max(0, offset - 1)
        case .down: offset = min(offset + 1, max(0, lineCount - 1))
        case .close: return .pop
        }
        return .none
    }

    /// Draws `text` from the scroll offset.
    func draw(_ text: String, into buffer: inout CellBuffer) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = min(offset, max(0, lines.count - buffer.height))
        for (row, line) in lines.dropFirst(first).prefix(buffer.height).enumerated() {
            let style = row + first == 0 ? Style(.header, .bold) : (line.hasPrefix("    ") ? Style(.warning) : Style.normal)
            buffer.put(String(line).sanitized, x: 1, y: row, style: style, maxWidth: buffer.width - 2)
        }
    }
}
