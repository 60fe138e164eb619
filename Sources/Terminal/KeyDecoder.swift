import CNCursesW
import TerminalUI

/// Turns what `wget_wch` returned into a `Key`.
enum KeyDecoder {
    /// ncurses key codes (returned with `KEY_CODE_YES`) with a fixed meaning.
    private static let namedKeys: [UInt32: Key] = [
        UInt32(zh_key_up()): .up, UInt32(zh_key_down()): .down, UInt32(zh_key_left()): .left,
        UInt32(zh_key_right()): .right, UInt32(zh_key_home()): .home, UInt32(zh_key_end()): .end,
        UInt32(zh_key_ppage()): .pageUp, UInt32(zh_key_npage()): .pageDown,
        UInt32(zh_key_enter()): .enter, UInt32(zh_key_backspace()): .backspace,
        UInt32(zh_key_dc()): .delete, UInt32(zh_key_btab()): .backTab,
    ]

    /// The key for an ncurses key code; `size` gives the new size after `KEY_RESIZE`. Nil for a
    /// code the program has no use for.
    static func key(code: UInt32, size: () -> Size) -> Key? {
        if code == UInt32(zh_key_resize()) {
            let now = size()
            return .resize(width: now.width, height: now.height)
        }
        if let key = namedKeys[code] { return key }
        let first = UInt32(zh_key_f(1)), last = UInt32(zh_key_f(24))
        if (first...last).contains(code) { return .function(Int(code - first) + 1) }
        return nil
    }

    /// The key for a character read from the terminal. Nil for a control or invalid code with no
    /// meaning here.
    static func key(character value: UInt32) -> Key? {
        switch value {
        case 27: return .escape
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(value + 96))))
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            let character = Character(scalar)
            return DisplayWidth.isControl(character) ? nil : .char(character)
        }
    }
}
