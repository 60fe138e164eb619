/// Why a CSV file could not be read. Lines are physical lines of the file, 1-based.
public enum CSVError: Error, Sendable, Hashable {
    /// The file holds no header row (it is empty or blank).
    case empty
    /// A quoted field opened on `line` never closes.
    case unterminatedQuote(line: Int)
    /// A closing quote on `line` is followed by something other than a delimiter or line end.
    case unexpectedCharacterAfterQuote(line: Int)
    /// A line (or a field) on `line` is longer than 1 MiB (`CSVInput.lineLimit`).
    case fieldTooLong(line: Int)
    /// The bytes are not text in the encoding they declare.
    case undecodable(TextDecodingError)
}
