import Foundation

/// The text fields of a small dialog: labels, editors, the focused field, drawing.
struct FormFields {
    var labels: [JournalText]
    var editors: [LineEditor]
    var focus = 0

    init(_ fields: [(JournalText, String)]) {
        labels = fields.map(\.0)
        editors = fields.map { LineEditor($0.1, maxLength: 200) }
    }

    subscript(index: Int) -> String { editors[index].text.trimmingCharacters(in: .whitespaces) }

    mutating func next() { focus = (focus + 1) % editors.count }

    mutating func previous() { focus = (focus + editors.count - 1) % editors.count }

    mutating func edit(_ key: Key) { editors[focus].handle(key) }

    /// Draws the fields below a title, each label over its field.
    func draw(title: String, into buffer: inout CellBuffer, context: DrawContext) {
        buffer.put(title, x: 1, y: 0, style: Style(.header, .bold), maxWidth: buffer.width - 2)
        let width = min(60, buffer.width - 2)
        for (index, label) in labels.enumerated() {
            let y = 2 + index * 2
            guard y + 1 < buffer.height else { break }
            buffer.put(context.text(.journal(label)), x: 1, y: y, style: Style(index == focus ? .header : .muted),
                       maxWidth: width)
            editors[index].draw(into: &buffer, x: 1, y: y + 1, width: width,
                                style: Style(.selected), cursorStyle: index == focus ? Style(.cursor, .reverse) : Style(.selected))
        }
    }

    /// Draws each field on one line after its label, for dialogs with many fields.
    func drawCompact(title: String, into buffer: inout CellBuffer, context: DrawContext) {
        buffer.put(title, x: 1, y: 0, style: Style(.header, .bold), maxWidth: buffer.width - 2)
        let labelWidth = min(52, max(20, buffer.width / 2))
        let fieldWidth = max(4, buffer.width - labelWidth - 3)
        for (index, label) in labels.enumerated() {
            let y = 2 + index
            guard y < buffer.height else { break }
            buffer.put(context.text(.journal(label)).fitted(toWidth: labelWidth), x: 1, y: y,
                       style: Style(index == focus ? .header : .muted))
            editors[index].draw(into: &buffer, x: labelWidth + 2, y: y, width: fieldWidth,
                                style: Style(.selected), cursorStyle: index == focus ? Style(.cursor, .reverse) : Style(.selected))
        }
    }
}

/// What the keys of a dialog do; `link` opens the screen of the dialog's link at that index.
public enum FormCommand: Sendable {
    case save, next, previous, edit, cancel, link(Int)
}

/// A key of a dialog that opens another screen on top of it (e.g. the settings' rubrics).
struct FormLink {
    let key: Key
    let help: Message
    let bar: Message
    /// Makes the screen to open.
    let open: () throws -> any Screen
}

/// A dialog of text fields: Tab and arrows move between fields, Enter saves, Esc cancels; its
/// links' keys open other screens.
protocol FormScreen: Screen where Command == FormCommand {
    var fields: FormFields { get set }
    /// The screens the dialog leads to, none by default.
    var links: [FormLink] { get }
    /// Checks and saves the fields; pops the dialog on success.
    mutating func save() -> ScreenAction
}

extension FormScreen {
    var links: [FormLink] { [] }

    public var keyBindings: [KeyBinding<FormCommand>] {
        links.enumerated().map { index, link in
            KeyBinding(link.key, help: link.help, bar: link.bar, command: FormCommand.link(index))
        } + [
            KeyBinding(.enter, .function(2), help: .journal(.save), command: .save),
            KeyBinding(.tab, .down, help: .journal(.keyMove), command: .next),
            KeyBinding(.backTab, .up, help: .journal(.keyMove), command: .previous),
            KeyBinding(.escape, help: .journal(.cancel), command: .cancel),
            KeyBinding(.group(LineEditor.editingKeys, label: "← → Backspace"), help: .journal(.keyEnter), command: .edit),
            KeyBinding(.anyCharacter(label: "…"), help: .journal(.keyEnter), command: .edit),
        ]
    }

    public mutating func perform(_ command: FormCommand, key: Key) -> ScreenAction {
        switch command {
        case .next: fields.next()
        case .previous: fields.previous()
        case .edit: fields.edit(key)
        case .cancel: return .pop
        case .save: return save()
        case .link(let index):
            do {
                return ScreenAction(.push(try links[index].open()))
            } catch {
                return .error(.journal(.failed(error)))
            }
        }
        return .none
    }
}
