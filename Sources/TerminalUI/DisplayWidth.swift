
/// Terminal column widths, from the project's own Unicode tables (no libc), so that layout is pure
/// and the same in tests and on screen.
///
/// A grapheme takes the width of its first scalar: `e` + combining acute is 1, a Hangul syllable
/// spelt in jamo is 2, an emoji ZWJ sequence is 2 (terminals show its first emoji), and a text-style
/// symbol with VS16 stays 1 (as `wcwidth` and ncurses count it). A control character is never shown:
/// it counts as its placeholder, one column.
public enum DisplayWidth {
    /// Shown in place of a control character (C0, DEL, C1, line and paragraph separators).
    public static let controlPlaceholder: Character = "\u{FFFD}"

    /// Columns taken by `character` once sanitised: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        if character.isASCII { return 1 }
        let first = character.unicodeScalars.first!
        return isControl(first) ? 1 : width(of: first)
    }

    /// Columns taken by `text`: the sum over its graphemes.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// True for a control character, which must never reach the terminal.
    public static func isControl(_ character: Character) -> Bool {
        isControl(character.unicodeScalars.first!)
    }

    /// `character`, or the placeholder when it is a control character.
    public static func sanitized(_ character: Character) -> Character {
        isControl(character) ? controlPlaceholder : character
    }

    /// `text` safe to show: control characters become the placeholder and bidirectional controls
    /// (marks, embeddings, overrides, isolates), which could reorder the screen, are dropped.
    public static func sanitized<S: StringProtocol>(_ text: S) -> String {
        var result = ""
        for character in text {
            if isControl(character) {
                result.append(controlPlaceholder)
            } else if character.unicodeScalars.contains(where: isBidiControl) {
                result.unicodeScalars.append(contentsOf: character.unicodeScalars.filter { !isBidiControl($0) })
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The scalars a cell terminal can show for `character` in the columns counted by `of(_:)`:
    /// the first scalar and the combining marks that follow it, up to ncurses' limit of five.
    /// Format characters (ZWJ, bidi controls), variation selectors and any later spacing scalar are
    /// left out so that the terminal cannot join or reorder cells.
    public static func cellScalars(_ character: Character) -> [Unicode.Scalar] {
        let sanitised = sanitized(character)
        var result: [Unicode.Scalar] = []
        for scalar in sanitised.unicodeScalars {
            if result.isEmpty {
                result.append(scalar)
                continue
            }
            if width(of: scalar) != 0 || result.count == maxScalarsPerCell { break }
            if isVariationSelector(scalar) || scalar.properties.generalCategory == .format { continue }
            result.append(scalar)
        }
        return result
    }

    /// The most scalars one ncurses cell holds (`CCHARW_MAX`).
    public static let maxScalarsPerCell = 5

    /// True for a C0 or C1 control, DEL, U+2028 or U+2029: it would move the cursor.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
    }

    /// True for a bidirectional control (ALM, LRM, RLM, LRE…RLO, LRI…PDI): it would reorder
    /// the cells around it.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v)
    }

    /// Width of a printable scalar.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        if contains(WidthTables.zeroWidth, v) { return 0 }
        if v >= 0x1100, contains(WidthTables.wide, v) { return 2 }
        return 1
    }

    /// Binary search in a flat list of sorted inclusive pairs.
    private static func contains(_ table: [UInt32], _ value: UInt32) -> Bool {
        var low = 0
        var high = table.count / 2 - 1
        while low <= high {
            let mid = (low + high) / 2
            if value < table[2 * mid] {
                high = mid - 1
            } else if value > table[2 * mid + 1] {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}

extension Character {
    /// Terminal columns this grapheme takes: 0, 1 or 2 (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
    /// Terminal columns this text takes (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The text safe to show (see `DisplayWidth.sanitized(_:)`).
    public var sanitized: String { DisplayWidth.sanitized(self) }
}
