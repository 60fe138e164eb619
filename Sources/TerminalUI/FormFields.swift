import Foundation

/// The fields of a small dialog: labels, kinds, editors, the focused field, drawing.
public struct FormFields {
    public var labels: [Message]
    public let kinds: [FieldKind]
    public var editors: [LineEditor]
    /// How a choice's options and the letters typed into it are compared (lower case by default).
    private let fold: @Sendable (String) -> String
    /// The focused field; moving to a field makes it fresh again.
    public var focus = 0 {
        didSet {
            fresh = true
            typedPrefix = ""
        }
    }
    /// True until the focused field is edited: the first character typed into a fresh date replaces it.
    private(set) var fresh = true
    /// The letters typed into the focused choice field, which pick the option they begin.
    private var typedPrefix = ""

    /// Fields of the given kinds; a choice shows its first option when `value` is none of them.
    /// `fold` makes the keys options and typed letters are compared by.
    public init(fields: [(Message, FieldKind, String)], fold: @escaping @Sendable (String) -> String = { $0.lowercased() }) {
        self.fold = fold
        labels = fields.map(\.0)
        kinds = fields.map(\.1)
        editors = fields.map { field in
            if case .choice(let options) = field.1, !options.contains(field.2) {
                return LineEditor(options.first ?? "", maxLength: 200)
            }
            return LineEditor(field.2, maxLength: 200)
        }
    }

    /// The trimmed text of field `index`.
    public subscript(index: Int) -> String { editors[index].text.trimmingCharacters(in: .whitespaces) }

    /// The trimmed text of the field labelled `label` (each label names one field of a form).
    public subscript(label: Message) -> String {
        guard let index = labels.firstIndex(of: label) else { preconditionFailure("no field \(label)") }
        return self[index]
    }

    /// Moves to the next field, from the last to the first.
    public mutating func next() {
        guard !editors.isEmpty else { return }
        focus = (focus + 1) % editors.count
    }

    /// Moves to the previous field, from the first to the last.
    public mutating func previous() {
        guard !editors.isEmpty else { return }
        focus = (focus + editors.count - 1) % editors.count
    }

    /// Passes a key to the focused field, as its kind edits (nothing when there are no fields).
    public mutating func edit(_ key: Key) {
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
            let folded = options.map(fold)
            if let index = folded.firstIndex(where: { $0.hasPrefix(typedPrefix + fold(String(character))) }) {
                typedPrefix += fold(String(character))
                chosen = index
            } else {
                typedPrefix = fold(String(character))
                let order = (1...options.count).map { (current + $0) % options.count }
                chosen = order.first { folded[$0].hasPrefix(typedPrefix) } ?? current
            }
        default: return
        }
        editors[focus] = LineEditor(options[chosen], maxLength: 200)
    }

    /// The distinct kinds of the fields, first appearance first, for help.
    public var distinctKinds: [FieldKind] {
        var seen = Set<String>()
        return kinds.filter { seen.insert($0.family).inserted }
    }

    /// Draws the fields below a title, each label over its field.
    public func draw(title: String, into buffer: inout CellBuffer, context: DrawContext) {
        buffer.put(title, x: 1, y: 0, style: Style(.header, .bold), maxWidth: buffer.width - 2)
        let width = min(60, buffer.width - 2)
        for (index, label) in labels.enumerated() {
            let y = 2 + index * 2
            guard y + 1 < buffer.height else { break }
            buffer.put(context.text(label), x: 1, y: y, style: Style(index == focus ? .header : .muted),
                       maxWidth: width)
            drawField(index, x: 1, y: y + 1, width: width, into: &buffer)
        }
    }

    /// Draws each field on one line after its label, for dialogs with many fields; the last line
    /// stays free for a hint, and more fields than fit scroll to keep the focused one in view.
    public func drawCompact(title: String, into buffer: inout CellBuffer, context: DrawContext) {
        buffer.put(title, x: 1, y: 0, style: Style(.header, .bold), maxWidth: buffer.width - 2)
        let labelWidth = min(52, max(20, buffer.width / 2))
        let fieldWidth = max(4, buffer.width - labelWidth - 3)
        let rows = max(1, buffer.height - 3)
        let first = max(0, min(focus - rows / 2, labels.count - rows))
        for (index, label) in labels.enumerated().dropFirst(first).prefix(rows) {
            let y = 2 + index - first
            buffer.put(context.text(label).fitted(toWidth: labelWidth), x: 1, y: y,
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

