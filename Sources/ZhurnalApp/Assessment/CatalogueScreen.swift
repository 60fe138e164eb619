import TerminalUI
import ZhurnalStore

/// What a catalogue of the settings lists and how its items are added, edited and deleted
/// (the journal's rubrics, the outcome catalogue).
protocol Catalogue {
    associatedtype Item
    var session: JournalSession { get }
    var title: Message { get }
    /// What the list shows when it is empty.
    var empty: Message { get }
    /// The items, in the order shown.
    func items() throws -> [Item]
    /// The item's line in the list.
    func line(_ item: Item) -> Message
    /// The item's name in the delete confirmation and its status message.
    func name(_ item: Item) -> String
    /// The form that edits `item`, or adds a new item when nil.
    func editor(_ item: Item?) throws -> any Screen
    /// Deletes (or retires) the item; the refusal to show instead when something uses it.
    func delete(_ item: Item) throws -> Message?
    /// What F8 does to an item: deletes it unless the catalogue says otherwise.
    var removal: CatalogueRemoval { get }
}

extension Catalogue {
    var removal: CatalogueRemoval { .delete }
}

/// A settings catalogue as a list: ↑/↓ choose, Enter or F2 edits, F3 adds, F8 deletes (or, for
/// staff, retires) after a y/n confirmation (refused with the reason when the item is in use). Read again when a form
/// above it saved.
struct CatalogueScreen<Source: Catalogue>: Screen {
    enum Command { case up, down, edit, add, delete, confirmYes, confirmNo, back }

    let source: Source
    private(set) var items: [Source.Item]
    private(set) var selected = 0
    /// True while the delete confirmation is shown.
    private(set) var confirming = false
    private var revision: Int

    init(_ source: Source) throws {
        self.source = source
        items = try source.items()
        revision = source.session.revision
    }

    var title: Message { source.title }

    var keyBindings: [KeyBinding<Command>] {
        if confirming {
            return ConfirmationKeys.bindings(yes: .confirmYes, no: .confirmNo)
        }
        return [
            KeyBinding(.up, .char("k"), help: .keyMoveList, command: .up),
            KeyBinding(.down, .char("j"), help: .keyMoveList, command: .down),
            KeyBinding(.enter, .function(2), help: .journal(.catalogue(.keyEdit)), bar: .journal(.catalogue(.barChange)),
                       command: .edit),
            KeyBinding(.function(3), .char("a"), help: .journal(.catalogue(.keyAdd)), bar: .journal(.barAdd), command: .add),
            KeyBinding(.function(8), .delete, help: source.removal.help, bar: source.removal.bar, command: .delete),
            KeyBinding(.escape, help: .keyBack, command: .back),
        ]
    }

    mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, items.count - 1), selected + 1)
        case .back: return .pop
        case .confirmNo: confirming = false
        case .delete: confirming = items.indices.contains(selected)
        case .edit, .add:
            guard command == .add || items.indices.contains(selected) else { return .none }
            do {
                return ScreenAction(.push(try source.editor(command == .add ? nil : items[selected])))
            } catch {
                return .error(.journal(.failed(error)))
            }
        case .confirmYes:
            confirming = false
            let item = items[selected]
            do {
                if let refusal = try source.delete(item) { return .error(refusal) }
                try source.session.noteWrite()
                revision = source.session.revision
                items = try source.items()
                selected = min(selected, max(0, items.count - 1))
                return .info(source.removal.done(source.name(item)))
            } catch {
                return .error(.journal(.failed(error)))
            }
        }
        return .none
    }

    /// Reads the list again after a form above saved.
    mutating func tick() -> ScreenAction {
        guard source.session.revision != revision else { return .none }
        revision = source.session.revision
        do {
            items = try source.items()
            selected = min(selected, max(0, items.count - 1))
            return .none
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        buffer.put(context.text(title), x: 1, y: 0, style: Style(.header, .bold), maxWidth: buffer.width - 2)
        if items.isEmpty {
            buffer.put(context.text(source.empty), x: 1, y: 2, style: Style(.muted), maxWidth: buffer.width - 2)
        }
        let rows = max(1, buffer.height - 4)
        let first = max(0, min(selected - rows / 2, items.count - rows))
        for (offset, item) in items.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let style = index == selected ? Style(.selected, .reverse) : Style.normal
            buffer.put(context.text(source.line(item)).sanitized.fitted(toWidth: buffer.width - 2), x: 1, y: 2 + offset, style: style)
        }
        if confirming, items.indices.contains(selected) {
            buffer.put(context.text(source.removal.confirm(source.name(items[selected]))), x: 1,
                       y: buffer.height - 1, style: Style(.warning, .bold), maxWidth: buffer.width - 2)
        }
    }
}
