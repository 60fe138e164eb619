import TerminalUI
import ZhurnalCore

/// One class and subject of an objectivity report: each participant's external and journal
/// marks, then the figures; scrolls line by line and by page.
public struct ObjectivityGroupScreen: Screen {
    public enum Command: Sendable { case scroll(ScrollingList.Move), close }

    public let group: ObjectivityReport.Group
    var list = ScrollingList(keys: [.arrows, .letters, .pages])

    public init(group: ObjectivityReport.Group) {
        self.group = group
    }

    public var title: Message { .journal(.deputy(.groupTitle(className: group.className, subject: group.subject))) }

    public var keyBindings: [KeyBinding<Command>] {
        list.keyBindings(Command.scroll) + [KeyBinding(.escape, help: .keyBack, command: .close)]
    }

    public mutating func fit(_ area: Size) {
        list.fit(visible: area.height)
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .scroll(let move): list.scroll(move, count: lines(.en).count)
        case .close: return .pop
        }
        return .none
    }

    /// The group's lines; as many in every language.
    private func lines(_ language: Language) -> [String] {
        ObjectivityText.group(group, language: language)
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        list.drawPage(lines(context.language), into: &buffer) { index, line in
            index == 0 ? Style(.header, .bold) : line.contains(" !") ? Style(.warning) : .normal
        }
    }
}
