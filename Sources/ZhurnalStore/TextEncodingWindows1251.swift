/// The Windows-1251 (Cyrillic) code page.
///
/// Bytes 0x00–0x7F are ASCII. The table below holds the upper half from the official
/// Microsoft `cp1251` mapping. Byte 0x98 is undefined there; like the WHATWG Encoding
/// Standard (and browsers) it is mapped to the C1 control U+0098 in both directions, so
/// decoding never fails and every byte string survives a decode–encode round trip.
enum Windows1251 {
    /// Unicode scalar values of bytes 0x80–0xFF, indexed by `byte - 0x80`.
    static let upperHalf: [UInt16] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
        0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,  // 88–8F
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
        0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,  // 98–9F
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,  // A0–A7
        0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,  // A8–AF
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,  // B0–B7
        0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,  // B8–BF
        0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,  // C0–C7 А–З
        0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,  // C8–CF И–П
        0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,  // D0–D7 Р–Ч
        0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,  // D8–DF Ш–Я
        0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,  // E0–E7 а–з
        0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,  // E8–EF и–п
        0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,  // F0–F7 р–ч
        0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,  // F8–FF ш–я
    ]

    /// The UTF-8 form of each upper-half byte: four slots per byte, the first holding the length.
    private static let upperHalfUTF8: [UInt8] = upperHalf.flatMap { value -> [UInt8] in
        let bytes = Array(String(Unicode.Scalar(value)!).utf8)
        return [UInt8(bytes.count)] + bytes + Array(repeating: 0, count: 3 - bytes.count)
    }

    private static let byteByScalar: [UInt32: UInt8] = Dictionary(
        uniqueKeysWithValues: upperHalf.enumerated().map { (UInt32($0.element), UInt8(0x80 + $0.offset)) }
    )

    /// The upper half keyed by strings, whose equality is canonical equivalence, to find
    /// decomposed forms (е + U+0308 = ё). Strings, not `Character`s: a control followed by a
    /// combining mark is two grapheme clusters and cannot form a `Character`.
    private static let byteByText: [String: UInt8] = Dictionary(
        uniqueKeysWithValues: upperHalf.enumerated().map { (String(Unicode.Scalar($0.element)!), UInt8(0x80 + $0.offset)) }
    )

    /// Maps a Unicode scalar to its Windows-1251 byte, or `nil` if it has none.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 { return UInt8(value) }
        if value >= 0x0410 && value <= 0x044F { return UInt8(value - 0x0410 + 0xC0) }
        return byteByScalar[value]
    }

    /// Transcodes Windows-1251 bytes to UTF-8 (always succeeds).
    static func utf8(from bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        upperHalfUTF8.withUnsafeBufferPointer { table in
            for byte in bytes {
                if byte < 0x80 {
                    output.append(byte)
                } else {
                    let slot = Int(byte - 0x80) &* 4
                    output.append(contentsOf: table[(slot + 1)...(slot + Int(table[slot]))])
                }
            }
        }
        return output
    }

    /// Encodes `text`; a letter followed by a combining mark (е + U+0308) is encoded as its
    /// precomposed equivalent (ё) when Windows-1251 has one.
    static func encode(_ text: String, unrepresentable: UnrepresentableCharacterPolicy) throws(TextEncodingError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        let scalars = text.unicodeScalars
        var line = 1
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            var next = scalars.index(after: index)
            let following = next == scalars.endIndex ? nil : scalars[next]
            if scalar == "\n" || (scalar == "\r" && following != "\n") { line += 1 }
            if let following, (0x0300...0x036F).contains(following.value),
               let byte = byteByText[String(scalar) + String(following)] {
                output.append(byte)
                next = scalars.index(after: next)
            } else if let byte = byte(for: scalar) {
                output.append(byte)
            } else {
                switch unrepresentable {
                case .fail: throw .unrepresentable(scalar, line: line, encoding: .windows1251)
                case .replace(let byte): output.append(byte)
                }
            }
            index = next
        }
        return output
    }
}
