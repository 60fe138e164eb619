import TerminalUI
import ZhurnalCore

/// One class and subject of an objectivity report: each participant's external and journal
/// marks, then the figures; scrolls line by line and by page.
public struct ObjectivityGroupScreen: Screen {
    public enum Command: Sendable { case up, down, pageUp, pageDown, close }

    public let group: ObjectivityReport.Group
    var offset = 0

    public init(group: ObjectivityReport.Group) {
        self.group = group
    }

    public var title: Message { .journal(.deputy(.groupTitle(className: group.className, subject: group.subject))) }

    public var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.up, .char("k"), help: .journal(.keyMove), command: .up),
            KeyBinding(.down, .char("j"), help: .journal(.keyMove), command: .down),
            KeyBinding(.pageUp, help: .journal(.keyMove), command: .pageUp),
            KeyBinding(.pageDown, help: .journal(.keyMove), command: .pageDown),
            KeyBinding(.escape, help: .keyBack, command: .close),
        ]
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        let last = max(0, lines(.en).count - 1)
        switch command {
        case .up: offset = max(0, offset - 1)
        case .down: offset = min(offset + 1, last)
        case .pageUp: offset = max(0, offset - 10)
        case .pageDown: offset = min(offset + 10, last)
        case .close: return .pop
        }
        return .none
    }

    /// The group's lines; as many in every language.
    private func lines(_ language: Language) -> [String] {
        ObjectivityText.group(group, language: language)
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let lines = lines(context.language)
        let first = min(offset, max(0, lines.count - buffer.height))
        for (row, line) in lines.dropFirst(first).prefix(buffer.height).enumerated() {
            let style = row + first == 0 ? Style(.header, .bold) : line.contains(" !") ? Style(.warning) : Style.normal
            buffer.put(line.sanitized, x: 1, y: row, style: style, maxWidth: buffer.width - 2)
        }
    }
}
