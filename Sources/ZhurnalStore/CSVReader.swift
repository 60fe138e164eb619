/// Reads CSV files: RFC 4180 with the leniencies real files need.
///
/// - The encoding is detected (see `TextDecoding`); the delimiter is `,`, `;` or tab, whichever
///   occurs most often outside quotes in the header row (ties prefer `;`, then `,`).
/// - Records end with LF, CRLF or a lone CR; line breaks inside quoted fields become `\n`.
/// - Quoted fields may contain delimiters, line breaks and doubled quotes (`""`); spaces before
///   an opening quote and after a closing quote are ignored; a quote inside an unquoted field
///   is an ordinary character.
/// - Empty and white-space-only lines are skipped, including a trailing one.
public struct CSVReader: Sendable {
    /// The delimiter to use, or `nil` to detect it from the header row.
    public var delimiter: CSVDelimiter?

    /// Creates a reader; `delimiter` `nil` detects it.
    public init(delimiter: CSVDelimiter? = nil) {
        self.delimiter = delimiter
    }

    /// Reads the bytes of a CSV file, detecting its encoding.
    public func read(_ bytes: [UInt8]) throws(CSVError) -> CSVTable {
        let decoded: (bytes: [UInt8], start: Int, encoding: TextEncoding, hadByteOrderMark: Bool)
        do {
            decoded = try TextDecoding.utf8Bytes(of: bytes)
        } catch {
            throw .undecodable(error)
        }
        return try parse(decoded.bytes, from: decoded.start, encoding: decoded.encoding)
    }

    /// Reads CSV text (a leading U+FEFF is ignored).
    public func read(text: String) throws(CSVError) -> CSVTable {
        let bytes = Array(text.utf8)
        return try parse(bytes, from: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0, encoding: .utf8)
    }

    private func parse(_ bytes: [UInt8], from start: Int, encoding: TextEncoding) throws(CSVError) -> CSVTable {
        try bytes.withUnsafeBufferPointer { buffer throws(CSVError) -> CSVTable in
            var parser = CSVParser(position: start)
            let delimiter = self.delimiter ?? parser.detectDelimiter(in: buffer, isFinal: true) ?? .comma
            guard try parser.nextRecord(in: buffer, delimiter: delimiter.rawValue) == .record else { throw .empty }
            let header = parser.record
            var rows: [CSVRow] = []
            while try parser.nextRecord(in: buffer, delimiter: delimiter.rawValue) == .record {
                rows.append(CSVRow(line: parser.record.line, fields: parser.record.fields))
            }
            return CSVTable(header: header.fields.map { $0.trimmingWhiteSpace() }, headerLine: header.line, rows: rows,
                            delimiter: delimiter, encoding: encoding)
        }
    }
}

extension String {
    /// The string without leading and trailing white space and U+FEFF.
    func trimmingWhiteSpace() -> String {
        if hasPlainEdges { return self }
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// Whether the string visibly starts and ends with no white space: with printable ASCII or
    /// a Cyrillic letter (lead byte D0 or D1), the common case checked without decoding.
    private var hasPlainEdges: Bool {
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return false }
        let isPrintableASCII = { (byte: UInt8) in (0x21...0x7E).contains(byte) }
        guard isPrintableASCII(first) || first == 0xD0 || first == 0xD1 else { return false }
        if isPrintableASCII(last) { return true }
        guard bytes.count >= 2 else { return false }
        let beforeLast = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
        return beforeLast == 0xD0 || beforeLast == 0xD1
    }
}
