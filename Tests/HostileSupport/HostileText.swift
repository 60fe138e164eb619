import ZhurnalCore

/// Random text built to break parsers and screens: Cyrillic, combining marks, control characters,
/// escape sequences, bidirectional overrides, emoji (ZWJ sequences, flags), wide characters,
/// quotes and delimiters, and now and then something huge.
public enum HostileText {
    /// Pieces a hostile string is glued from.
    public static let pieces: [String] = [
        "а", "б", "в", "Ё", "й", "Щ", "ъ", "н", "Н", "оп", "зч", "нз", "осв", "точка", "зачёт",
        "1", "2", "3", "4", "5", "0", "6", "9", "10", "-1", "5/4", "4-3", "3\\2", "/", "-", "\\", ".", "•", "·",
        "n", "b", "u", "y", "op", "zch", "nz", "osv", "N", "OSV",
        " ", "  ", "\t", "\n", "\r\n", "\r", "\u{00A0}", "\u{2003}", "\u{3000}",
        "\u{0301}", "\u{0308}", "е\u{0301}", "\u{0336}\u{0336}\u{0336}", "\u{200B}", "\u{200D}", "\u{FEFF}",
        "\u{0000}", "\u{0007}", "\u{0008}", "\u{001B}", "\u{001B}[2J", "\u{001B}[31m", "\u{001B}]0;title\u{0007}",
        "\u{007F}", "\u{0085}", "\u{009B}", "\u{2028}", "\u{2029}",
        "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2069}", "\u{061C}",
        "שלום", "مرحبا", "中", "文", "한", "ｱ", "Ｗ",
        "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇷🇺", "🇺🇦", "❤️", "☺︎", "1️⃣",
        "\"", "\"\"", "'", "«", "»", ",", ";", "=", "+", "@", "<", ">", "&", "<script>", "&amp;", "%s", "%n", "{}", "[]",
        "\u{FFFD}", "\u{E000}", "\u{10FFFF}", "\u{1D400}",
    ]

    /// A string of up to `maxPieces` random pieces; one in `hugeOneIn` is tens of thousands of
    /// characters long.
    public static func string(using generator: inout SeededGenerator, maxPieces: Int = 6, hugeOneIn: Int = 200) -> String {
        if Int.random(in: 0..<hugeOneIn, using: &generator) == 0 {
            let piece = pieces.randomElement(using: &generator)!
            return String(repeating: piece, count: Int.random(in: 1_000...20_000, using: &generator))
        }
        let count = Int.random(in: 0...maxPieces, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// Random bytes, half of them from `interesting`.
    public static func bytes(using generator: inout SeededGenerator, maxCount: Int, interesting: [UInt8]) -> [UInt8] {
        let count = Int.random(in: 0...maxCount, using: &generator)
        return (0..<count).map { _ in
            Bool.random(using: &generator) && !interesting.isEmpty
                ? interesting.randomElement(using: &generator)!
                : UInt8.random(in: 0...255, using: &generator)
        }
    }

    /// `bytes` with a few random mutations: flipped bits, inserted, deleted, duplicated or cut spans.
    public static func mutated(_ bytes: [UInt8], using generator: inout SeededGenerator, interesting: [UInt8] = []) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let position = result.isEmpty ? 0 : Int.random(in: 0..<result.count, using: &generator)
            switch Int.random(in: 0..<6, using: &generator) {
            case 0 where !result.isEmpty:
                result[position] ^= 1 << UInt8.random(in: 0...7, using: &generator)
            case 1:
                let byte = interesting.isEmpty || Bool.random(using: &generator)
                    ? UInt8.random(in: 0...255, using: &generator) : interesting.randomElement(using: &generator)!
                result.insert(byte, at: position)
            case 2 where !result.isEmpty:
                let end = min(result.count, position + Int.random(in: 1...8, using: &generator))
                result.removeSubrange(position..<end)
            case 3 where !result.isEmpty:
                let end = min(result.count, position + Int.random(in: 1...32, using: &generator))
                result.insert(contentsOf: result[position..<end], at: position)
            case 4:
                result = Array(result.prefix(position))
            default:
                result.insert(contentsOf: Array(string(using: &generator, maxPieces: 2, hugeOneIn: 1_000).utf8), at: position)
            }
        }
        return result
    }
}
