/// Characters that are never shown and never stored in a name: C0 and C1 controls (NUL, tab,
/// line breaks, ESC, DEL…), the line and paragraph separators, and the bidirectional controls
/// (marks, embeddings, overrides, isolates) that could reorder what is shown around them.
public enum ControlCharacters {
    /// True for a C0 or C1 control, DEL, U+2028 or U+2029.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
    }

    /// True for a bidirectional control: ALM, LRM, RLM, LRE…RLO, LRI…PDI.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The first control or bidirectional control in `text`, nil when it has none.
    public static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { isControl($0) || isBidiControl($0) }
    }

    /// `scalar` as `U+001B`, for messages.
    public static func codePoint(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every control and bidirectional control written as `<U+001B>`, so that a
    /// message quoting a file or an argument stays one line and cannot drive the terminal.
    public static func escaped(_ text: String) -> String {
        escaped(text, keeping: [])
    }

    /// `text` as `escaped` writes it but with its layout kept (line breaks, tabs, the form feed
    /// between printed pages): the one escaping every report and export passes through, so that
    /// text from a file cannot drive a terminal.
    public static func escapedKeepingLayout(_ text: String) -> String {
        escaped(text, keeping: ["\n", "\r", "\t", "\u{0C}"])
    }

    private static func escaped(_ text: String, keeping: Set<Unicode.Scalar>) -> String {
        guard text.unicodeScalars.contains(where: { (isControl($0) || isBidiControl($0)) && !keeping.contains($0) }) else {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars {
            if (isControl(scalar) || isBidiControl(scalar)) && !keeping.contains(scalar) {
                result += "<" + codePoint(scalar.value) + ">"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
