/// Why bytes could not be decoded as text.
public enum TextDecodingError: Error, Sendable, Hashable {
    /// The file declares UTF-8 with a byte order mark, but is not valid UTF-8 from `line` (1-based).
    case invalidUTF8(line: Int)
    /// The file declares UTF-16 with a byte order mark, but is not valid UTF-16 from `line`
    /// (1-based): an odd number of bytes or an unpaired surrogate.
    case invalidUTF16(line: Int)
}

/// Why text could not be encoded.
public enum TextEncodingError: Error, Sendable, Hashable {
    /// `scalar`, on `line` (1-based) of the text, has no representation in `encoding`.
    case unrepresentable(Unicode.Scalar, line: Int, encoding: TextEncoding)
}
