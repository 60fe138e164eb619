import TerminalUI
import ZhurnalCore

extension FieldKind {
    /// A term mark: 1–5, н/а, осв; empty clears it.
    static let mark = FieldKind.typed(keys: "1–5 н/а осв", help: .journal(.keyTypeMark))
}

extension FormFields {
    /// Fields of free text, labelled with the journal's texts.
    init(_ fields: [(JournalText, String)]) {
        self.init(fields.map { ($0.0, FieldKind.text, $0.1) })
    }

    /// Fields of the given kinds, labelled with the journal's texts; a choice's options and the
    /// letters typed into it compare as names do (`NameFold.key`: case, ё as е).
    init(_ fields: [(JournalText, FieldKind, String)]) {
        self.init(fields: fields.map { (Message.journal($0.0), $0.1, $0.2) }, fold: NameFold.key)
    }

    /// The trimmed text of the field labelled `label`.
    subscript(label: JournalText) -> String { self[Message.journal(label)] }
}

extension FormScreen {
    public func failure(_ error: any Error) -> Message { .journal(.failed(error)) }
}
