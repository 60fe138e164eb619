/// A character encoding of a text file that Zhurnal reads or writes.
public enum TextEncoding: Sendable, Hashable {
    /// UTF-8, the default for files Zhurnal writes.
    case utf8
    /// Windows-1251, what Russian Excel uses for "CSV (разделители — точки с запятой)".
    /// Zhurnal's own table; the undefined byte 0x98 maps to and from U+0098.
    case windows1251
    /// UTF-16, little-endian (recognised by its byte order mark FF FE).
    case utf16LittleEndian
    /// UTF-16, big-endian (recognised by its byte order mark FE FF).
    case utf16BigEndian

    /// The byte order mark of this encoding; empty for Windows-1251, which has none.
    public var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .windows1251: []
        case .utf16LittleEndian: [0xFF, 0xFE]
        case .utf16BigEndian: [0xFE, 0xFF]
        }
    }

    /// Encodes `text`.
    ///
    /// - Parameters:
    ///   - byteOrderMark: whether to start with the byte order mark (Excel needs one to
    ///     recognise UTF-8). UTF-16 output always starts with one; Windows-1251 never does.
    ///   - unrepresentable: what to do with a character Windows-1251 cannot hold.
    /// - Throws: `TextEncodingError.unrepresentable` under the `.fail` policy.
    public func encode(
        _ text: String,
        byteOrderMark: Bool = false,
        unrepresentable: UnrepresentableCharacterPolicy = .fail
    ) throws(TextEncodingError) -> [UInt8] {
        switch self {
        case .utf8:
            return (byteOrderMark ? self.byteOrderMark : []) + Array(text.utf8)
        case .windows1251:
            return try Windows1251.encode(text, unrepresentable: unrepresentable)
        case .utf16LittleEndian, .utf16BigEndian:
            var bytes = self.byteOrderMark
            bytes.reserveCapacity(2 + text.utf16.count * 2)
            let littleEndian = self == .utf16LittleEndian
            for unit in text.utf16 {
                let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
                bytes.append(littleEndian ? low : high)
                bytes.append(littleEndian ? high : low)
            }
            return bytes
        }
    }
}

/// What encoding does with a character the target encoding cannot represent.
public enum UnrepresentableCharacterPolicy: Sendable, Hashable {
    /// Stop with `TextEncodingError.unrepresentable` at the first such character.
    case fail
    /// Write this byte instead of each such Unicode scalar (`?` is 0x3F).
    case replace(with: UInt8)

    /// Replace each unrepresentable scalar with `?`.
    public static let questionMark = UnrepresentableCharacterPolicy.replace(with: 0x3F)
}
