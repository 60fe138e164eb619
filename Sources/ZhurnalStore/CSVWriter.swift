/// Writes CSV files.
///
/// Fields are quoted only when they must be: when they contain the delimiter, a quote, CR or
/// LF, start or end with a space or tab, or are the only, empty field of a row (an unquoted
/// one would read back as a blank line). Every record, the last included, ends with the
/// line ending; an empty row becomes an empty line, which `CSVReader` skips.
public struct CSVWriter: Sendable, Hashable {
    /// The field delimiter.
    public var delimiter: CSVDelimiter
    /// The record terminator.
    public var lineEnding: CSVLineEnding
    /// The encoding of `encode(_:)`'s output.
    public var encoding: TextEncoding
    /// Whether `encode(_:)` starts with a byte order mark (Excel needs one to detect UTF-8).
    public var byteOrderMark: Bool
    /// What `encode(_:)` does with characters `encoding` cannot hold.
    public var unrepresentable: UnrepresentableCharacterPolicy
    /// Defuse formula injection: prefix `'` to fields starting with `=`, `+`, `-`, `@`, tab or
    /// CR, unless the field is a plain number such as `-0.5` or `+1,5`. Readers get the `'` back.
    public var excelSafe: Bool

    /// Creates a writer; the defaults give plain RFC 4180-style UTF-8 with LF.
    public init(
        delimiter: CSVDelimiter = .comma,
        lineEnding: CSVLineEnding = .lf,
        encoding: TextEncoding = .utf8,
        byteOrderMark: Bool = false,
        unrepresentable: UnrepresentableCharacterPolicy = .fail,
        excelSafe: Bool = false
    ) {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.encoding = encoding
        self.byteOrderMark = byteOrderMark
        self.unrepresentable = unrepresentable
        self.excelSafe = excelSafe
    }

    /// What Russian Excel opens directly: `;`, CRLF, UTF-8 with byte order mark, formula-safe.
    public static let russianExcel = CSVWriter(delimiter: .semicolon, lineEnding: .crlf, byteOrderMark: true, excelSafe: true)

    /// The CSV text of `rows` (the header, if any, is the first row).
    public func text(_ rows: [[String]]) -> String {
        var output = ""
        let separator = String(delimiter.character)
        let terminator = lineEnding.text
        for row in rows {
            if row.count == 1 && row[0].isEmpty {
                output += "\"\""
            } else {
                for (index, value) in row.enumerated() {
                    if index > 0 { output += separator }
                    output += field(value)
                }
            }
            output += terminator
        }
        return output
    }

    /// The bytes of `rows` in `encoding`.
    /// - Throws: `TextEncodingError.unrepresentable` with the output line of the first
    ///   character `encoding` cannot hold, under the `.fail` policy.
    public func encode(_ rows: [[String]]) throws(TextEncodingError) -> [UInt8] {
        try encoding.encode(text(rows), byteOrderMark: byteOrderMark, unrepresentable: unrepresentable)
    }

    /// `value` as it appears in the file: made formula-safe if asked, quoted if needed.
    public func field(_ value: String) -> String {
        let value = excelSafe && Self.looksLikeFormula(value) ? "'" + value : value
        guard needsQuotes(value) else { return value }
        var quoted = "\""
        for character in value {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return quoted
    }

    private func needsQuotes(_ value: String) -> Bool {
        let utf8 = value.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return true }
        return utf8.contains { $0 == delimiter.rawValue || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }

    /// Whether a spreadsheet could take `value` for a formula: it starts with `=`, `+`, `-`,
    /// `@`, tab or CR and is not a plain number.
    static func looksLikeFormula(_ value: String) -> Bool {
        guard let first = value.utf8.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first) else { return false }
        return !isPlainNumber(value)
    }

    /// Whether `value` is an optionally signed decimal number: `-0.5`, `+1,5`, `-3`, `-.5`.
    private static func isPlainNumber(_ value: String) -> Bool {
        var digits = 0
        var separators = 0
        for (offset, byte) in value.utf8.enumerated() {
            switch byte {
            case 0x30...0x39: digits += 1
            case 0x2B where offset == 0, 0x2D where offset == 0: continue
            case 0x2C, 0x2E: separators += 1
            default: return false
            }
        }
        return digits > 0 && separators <= 1
    }
}
