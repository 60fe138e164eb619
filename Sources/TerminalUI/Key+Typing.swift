extension Key {
    /// Keys typed as `text`, for tests and scripted input.
    ///
    /// Printable characters are `.char`; `\r` and `\n` are Enter, `\t` Tab, ESC Escape, DEL and
    /// BS Backspace, other C0 controls Ctrl-letters. Named keys go in angle brackets:
    /// `<up> <down> <left> <right> <home> <end> <pgup> <pgdn> <enter> <esc> <bs> <del> <tab>
    /// <btab> <F1>…<F24> <C-s> <lt> <resize 40x12>`; e.g. `Key.typing("5<enter><down>4\r<esc>")`.
    /// An unknown name is a programming error and stops the program.
    public static func typing(_ text: String) -> [Key] {
        var keys: [Key] = []
        var rest = Substring(text)
        while let first = rest.first {
            rest = rest.dropFirst()
            guard first == "<", let close = rest.firstIndex(of: ">") else {
                keys.append(fromTyped(first))
                continue
            }
            let name = String(rest[..<close])
            rest = rest[rest.index(after: close)...]
            guard let key = named(name) else { preconditionFailure("unknown key name <\(name)>") }
            keys.append(key)
        }
        return keys
    }

    /// The key a terminal reports for a typed character.
    private static func fromTyped(_ character: Character) -> Key {
        switch character {
        case "\r", "\n", "\r\n": return .enter
        case "\t": return .tab
        case "\u{1B}": return .escape
        case "\u{7F}", "\u{08}": return .backspace
        default:
            if let ascii = character.asciiValue, (1...26).contains(ascii) {
                return .ctrl(Character(Unicode.Scalar(ascii + 96)))
            }
            return .char(character)
        }
    }

    private static func named(_ name: String) -> Key? {
        let simple: [String: Key] = [
            "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
            "pgup": .pageUp, "pgdn": .pageDown, "enter": .enter, "esc": .escape, "bs": .backspace,
            "del": .delete, "tab": .tab, "btab": .backTab, "lt": .char("<"),
        ]
        if let key = simple[name.lowercased()] { return key }
        if name.hasPrefix("F"), let number = Int(name.dropFirst()), (1...24).contains(number) {
            return .function(number)
        }
        if name.hasPrefix("C-"), name.count == 3, let letter = name.last, letter.isLetter {
            return .ctrl(Character(letter.lowercased()))
        }
        if name.hasPrefix("resize ") {
            let size = name.dropFirst("resize ".count).split(separator: "x").compactMap { Int($0) }
            if size.count == 2 { return .resize(width: size[0], height: size[1]) }
        }
        return nil
    }
}
