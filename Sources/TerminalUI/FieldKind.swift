import Foundation

/// What a dialog's field holds, which decides how its keys edit it and what help says about it.
public enum FieldKind: Hashable, Sendable {
    /// Free text.
    case text
    /// A date (the application reads it); typing into the date shown replaces it.
    case date
    /// One of `options`: ← → and Space step through them, a letter jumps to the next one it begins.
    case choice([String])
    /// Text of a form the application names: `keys` shows what may be typed (as help lists it),
    /// `help` says what the field takes. Edited as text.
    case typed(keys: String, help: Message)

    /// The kind without its options, as help lists it.
    var family: String {
        switch self {
        case .text: return "text"
        case .date: return "date"
        case .choice: return "choice"
        case .typed(let keys, _): return "typed " + keys
        }
    }

    /// The binding that edits a field of this kind, as help lists it (characters are bound for
    /// every kind by the form's last binding).
    var binding: KeyBinding<FormCommand> {
        switch self {
        case .text:
            return KeyBinding(.group(LineEditor.editingKeys, label: "← → Backspace"), help: .keyTypeText, command: .edit)
        case .date:
            return KeyBinding(.group(LineEditor.editingKeys, label: "0–9 ."), help: .keyTypeDate, command: .edit)
        case .choice:
            return KeyBinding(.group([.left, .right, .char(" ")], label: "← → Space"), help: .keyChoose, command: .edit)
        case .typed(let keys, let help):
            return KeyBinding(.group(LineEditor.editingKeys, label: keys), help: help, command: .edit)
        }
    }
}
