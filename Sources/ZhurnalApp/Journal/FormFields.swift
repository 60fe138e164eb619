import Foundation
import TerminalUI
import ZhurnalCore

/// What a dialog's field holds, which decides how its keys edit it and what help says about it.
enum FieldKind: Hashable {
    /// Free text.
    case text
    /// A date: `ДД.ММ.ГГГГ`, or `ДД.ММ` in this school year; typing into the date shown replaces it.
    case date
    /// One of `options`: ← → and Space step through them, a letter jumps to the next one it begins.
    case choice([String])
    /// A term mark: 1–5, н/а, осв.
    case mark

    /// The kind without its options, as help lists it.
    var family: Int {
        switch self {
        case .text: return 0
        case .date: return 1
        case .choice: return 2
        case .mark: return 3
        }
    }

    /// The binding that edits a field of this kind, as help lists it (characters are bound for
    /// every kind by the form's last binding).
    var binding: KeyBinding<FormCommand> {
        switch self {
        case .text:
            return KeyBinding(.group(LineEditor.editingKeys, label: "← → Backspace"), help: .journal(.keyTypeText), command: .edit)
        case .date:
            return KeyBinding(.group(LineEditor.editingKeys, label: "0–9 ."), help: .journal(.keyTypeDate), command: .edit)
        case .choice:
            return KeyBinding(.group([.left, .right, .char(" ")], label: "← → Space"), help: .journal(.keyChoose), command: .edit)
        case .mark:
            return KeyBinding(.group(LineEditor.editingKeys, label: "1–5 н/а осв"), help: .journal(.keyTypeMark), command: .edit)
        }
    }
}

/// The fields of a small dialog: labels, kinds, editors, the focused field, drawing.
struct FormFields {
    var labels: [JournalText]
    let kinds: [FieldKind]
    var editors: [LineEditor]
    /// The focused field; moving to a field makes it fresh again.
    var focus = 0 {
        didSet {
            fresh = true
            typedPrefix = ""
        }
    }
    /// True until the focused field is edited: the first character typed into a fresh date replaces it.
    private(set) var fresh = true
    /// The letters typed into the focused choice field, which pick the option they begin.
    private var typedPrefix = ""

    /// Fields of free text.
    init(_ fields: [(JournalText, String)]) {
        self.init(fields.map { ($0.0, FieldKind.text, $0.1) })
    }

    /// Fields of the given kinds; a choice shows its first option when `value` is none of them.
    init(_ fields: [(JournalText, FieldKind, String)]) {
        labels = fields.map(\.0)
        kinds = fields.map(\.1)
        editors = fields.map { field in
            if case .choice(let options) = field.1, !options.contains(field.2) {
                return LineEditor(options.first ?? "", maxLength: 200)
            }
            return LineEditor(field.2, maxLength: 200)
        }
    }

    subscript(index: Int) -> String { editors[index].text.trimmingCharacters(in: .whitespaces) }

    /// The text of the field labelled `label` (each label names one field of a form).
    subscript(label: JournalText) -> String {
        guard let index = labels.firstIndex(of: label) else { preconditionFailure("no field \(label)") }
        return self[index]
    }

    mutating func next() {
        guard !editors.isEmpty else { return }
        focus = (focus + 1) % editors.count
    }

    mutating func previous() {
        guard !editors.isEmpty else { return }
        focus = (focus + editors.count - 1) % editors.count
    }

    /// Passes a key to the focused field, as its kind edits (nothing when there are no fields).
    mutating func edit(_ key: Key) {
        guard !editors.isEmpty else { return }
        defer { fresh = false }
        switch kinds[focus] {
        case .choice(let options):
            choose(key, among: options)
        case .date where fresh:
            if case .char(let character) = key, !DisplayWidth.isControl(character) {
                editors[focus] = LineEditor(String(character), maxLength: 200)
            } else if key == .backspace || key == .delete {
                editors[focus] = LineEditor(maxLength: 200)
            } else {
                editors[focus].handle(key)
            }
        default:
            editors[focus].handle(key)
        }
    }

    private mutating func choose(_ key: Key, among options: [String]) {
        guard !options.isEmpty else { return }
        let current = options.firstIndex(of: editors[focus].text) ?? 0
        var chosen = current
        switch key {
        case .left:
            chosen = (current + options.count - 1) % options.count
            typedPrefix = ""
        case .right, .char(" "):
            chosen = (current + 1) % options.count
            typedPrefix = ""
        case .char(let character):
            // The letters typed so far pick the first option they begin; a letter that fits none
            // starts again from the next option.
            let folded = options.map(NameFold.key)
            if let index = folded.firstIndex(where: { $0.hasPrefix(typedPrefix + NameFold.key(String(character))) }) {
                typedPrefix += NameFold.key(String(character))
                chosen = index
            } else {
                typedPrefix = NameFold.key(String(character))
                let order = (1...options.count).map { (current + $0) % options.count }
                chosen = order.first { folded[$0].hasPrefix(typedPrefix) } ?? current
            }
        default: return
        }
        editors[focus] = LineEditor(options[chosen], maxLength: 200)
    }

    /// The distinct kinds of the fields, first appearance first, for help.
    var distinctKinds: [FieldKind] {
        var seen = Set<Int>()
        return kinds.filter { seen.insert($0.family).inserted }
    }

    /// Draws the fields below a title, each label over its field.
    func draw(title: String, into buffer: inout CellBuffer, context: DrawContext) {
        buffer.put(title, x: 1, y: 0, style: Style(.header, .bold), maxWidth: buffer.width - 2)
        let width = min(60, buffer.width - 2)
        for (index, label) in labels.enumerated() {
            let y = 2 + index * 2
            guard y + 1 < buffer.height else { break }
            buffer.put(context.text(.journal(label)), x: 1, y: y, style: Style(index == focus ? .header : .muted),
                       maxWidth: width)
            drawField(index, x: 1, y: y + 1, width: width, into: &buffer)
        }
    }

    /// Draws each field on one line after its label, for dialogs with many fields; the last line
    /// stays free for a hint, and more fields than fit scroll to keep the focused one in view.
    func drawCompact(title: String, into buffer: inout CellBuffer, context: DrawContext) {
        buffer.put(title, x: 1, y: 0, style: Style(.header, .bold), maxWidth: buffer.width - 2)
        let labelWidth = min(52, max(20, buffer.width / 2))
        let fieldWidth = max(4, buffer.width - labelWidth - 3)
        let rows = max(1, buffer.height - 3)
        let first = max(0, min(focus - rows / 2, labels.count - rows))
        for (index, label) in labels.enumerated().dropFirst(first).prefix(rows) {
            let y = 2 + index - first
            buffer.put(context.text(.journal(label)).fitted(toWidth: labelWidth), x: 1, y: y,
                       style: Style(index == focus ? .header : .muted))
            drawField(index, x: labelWidth + 2, y: y, width: fieldWidth, into: &buffer)
        }
    }

    /// A field as its kind shows it: a choice with its arrows and place in the list, a fresh date
    /// all marked (typing replaces it), other fields as a line editor.
    private func drawField(_ index: Int, x: Int, y: Int, width: Int, into buffer: inout CellBuffer) {
        let focused = index == focus
        switch kinds[index] {
        case .choice(let options):
            let place = (options.firstIndex(of: editors[index].text) ?? 0) + 1
            let text = "◂ \(editors[index].text) ▸  \(place)/\(options.count)"
            buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: Style(.selected))
            buffer.put(text, x: x, y: y, style: focused ? Style(.cursor, .reverse) : Style(.selected), maxWidth: width)
        case .date where focused && fresh && !editors[index].isEmpty:
            buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: Style(.selected))
            buffer.put(editors[index].text, x: x, y: y, style: Style(.cursor, .reverse), maxWidth: width)
        default:
            editors[index].draw(into: &buffer, x: x, y: y, width: width, style: Style(.selected),
                                cursorStyle: focused ? Style(.cursor, .reverse) : Style(.selected))
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
            KeyBinding(.tab, .down, help: .journal(.keyNextField), command: .next),
            KeyBinding(.backTab, .up, help: .journal(.keyPreviousField), command: .previous),
            KeyBinding(.escape, help: .journal(.cancel), command: .cancel),
        ] + fields.distinctKinds.map(\.binding) + [
            KeyBinding(.anyCharacter(label: "…"), help: .journal(.keyTypeIntoField), command: .edit),
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
