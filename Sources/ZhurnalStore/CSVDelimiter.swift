/// A field delimiter of a CSV file.
public enum CSVDelimiter: UInt8, Sendable, Hashable, CaseIterable {
    /// `,` — the RFC 4180 default.
    case comma = 0x2C
    /// `;` — what Russian Excel writes, since `,` is the decimal separator there.
    case semicolon = 0x3B
    /// A horizontal tab.
    case tab = 0x09

    /// The delimiter as a character.
    public var character: Character { Character(Unicode.Scalar(rawValue)) }
}

/// How a CSV writer ends each record.
public enum CSVLineEnding: Sendable, Hashable {
    /// `\n`.
    case lf
    /// `\r\n`, as RFC 4180 and Windows tools expect.
    case crlf

    var text: String { self == .lf ? "\n" : "\r\n" }
}
