/// A key press, independent of any terminal library.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case char(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, escape, backspace, delete, tab, backTab
    /// F1…F24.
    case function(Int)
    /// Ctrl with a lowercase letter, e.g. `.ctrl("s")`.
    case ctrl(Character)
    /// The terminal now has this size.
    case resize(width: Int, height: Int)

    /// How the key is written in help and on the function-key bar: `F2`, `Ctrl-S`, `↑`, `q`.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let character): return String(character)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .function(let number): return "F\(number)"
        case .ctrl(let character): return "Ctrl-\(character.uppercased())"
        case .resize(let width, let height): return "\(width)×\(height)"
        }
    }
}
