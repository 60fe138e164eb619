import Foundation
import TerminalUI
import ZhurnalStore

/// The history of one cell: who changed it, when, from what to what — newest first.
public struct HistoryScreen: Screen {
    public enum Command: Sendable { case scroll(ScrollingList.Move), close }

    let what: String
    let records: [HistoryRecord]
    /// The staff's names («Иванова И. И.») by login; a login without one is shown as it is.
    let names: [String: String]
    var list = ScrollingList(keys: [.arrows, .letters])

    public init(title: String, records: [HistoryRecord], names: [String: String] = [:]) {
        what = title
        self.records = records
        self.names = names
    }

    public var title: Message { .journal(.historyTitle(what)) }

    public var keyBindings: [KeyBinding<Command>] {
        list.keyBindings(Command.scroll) + [
            KeyBinding(.escape, .enter, .function(4), help: .keyBack, command: .close),
        ]
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .scroll(let move): list.scroll(move, count: records.count)
        case .close: return .pop
        }
        return .none
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        buffer.put(context.text(title), x: 1, y: 0, style: Style(.header, .bold), maxWidth: buffer.width - 2)
        guard !records.isEmpty else {
            buffer.put(context.text(.journal(.historyEmpty)), x: 1, y: 2, style: Style(.muted))
            return
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "dd.MM.yyyy HH:mm:ss"
        for (row, record) in records[list.range(visible: buffer.height - 2, count: records.count)].enumerated() {
            let line = "\(formatter.string(from: record.at))  \((names[record.user] ?? record.user).sanitized)  " + record.shownChange(context.language)
            buffer.put(line, x: 1, y: row + 2, maxWidth: buffer.width - 2)
        }
    }
}
