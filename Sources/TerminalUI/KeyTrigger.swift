/// The keys a binding answers to.
public enum KeyTrigger: Hashable, Sendable {
    /// Any of these keys.
    case keys([Key])
    /// Any of these keys, written in help as `label` (e.g. the editing keys of a text field).
    case group([Key], label: String)
    /// Any of these typed characters; `label` names them in help, e.g. `1–5 н б у`.
    case characters(Set<Character>, label: String)
    /// Any printable character (text entry); `label` names it in help.
    case anyCharacter(label: String)
    /// Any printable character but these (left to the shell, e.g. `q` and `?`); `label` names it in help.
    case anyCharacterExcept(Set<Character>, label: String)

    /// True when `key` fires the binding.
    public func matches(_ key: Key) -> Bool {
        switch self {
        case .keys(let keys), .group(let keys, _): return keys.contains(key)
        case .characters(let set, _):
            if case .char(let character) = key { return set.contains(character) }
            return false
        case .anyCharacter:
            if case .char(let character) = key { return !DisplayWidth.isControl(character) }
            return false
        case .anyCharacterExcept(let excluded, _):
            if case .char(let character) = key { return !DisplayWidth.isControl(character) && !excluded.contains(character) }
            return false
        }
    }

    /// How the trigger is written in help: `F2 Enter`, or the label.
    public var label: String {
        switch self {
        case .keys(let keys): return keys.map(\.label).joined(separator: " ")
        case .group(_, let label), .characters(_, let label), .anyCharacter(let label),
             .anyCharacterExcept(_, let label): return label
        }
    }
}
