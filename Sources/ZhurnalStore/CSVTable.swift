/// The contents of a CSV file: a header row and data rows.
public struct CSVTable: Sendable, Hashable {
    /// Header fields, with surrounding white space trimmed.
    public var header: [String]
    /// The physical line of the header: 1 unless blank lines precede it.
    public var headerLine: Int
    /// Data rows in file order; blank lines are skipped.
    public var rows: [CSVRow]
    /// The delimiter the file uses.
    public var delimiter: CSVDelimiter
    /// The encoding the file was in (`.utf8` for text given as a `String`).
    public var encoding: TextEncoding

    /// Creates a table.
    public init(header: [String], headerLine: Int = 1, rows: [CSVRow], delimiter: CSVDelimiter, encoding: TextEncoding) {
        self.header = header
        self.headerLine = headerLine
        self.rows = rows
        self.delimiter = delimiter
        self.encoding = encoding
    }

    /// Header fields normalised for matching (see `CSVColumnAliases.normalize`).
    public var normalizedHeader: [String] { header.map { CSVColumnAliases.normalize($0) } }

    /// Rows whose number of fields differs from the header's.
    public var rowsWithWrongFieldCount: [CSVRow] { rows.filter { $0.fields.count != header.count } }
}

/// One record of a CSV file.
public struct CSVRow: Sendable, Hashable {
    /// The physical line (1-based) the record starts on; a quoted field may carry it over
    /// several lines.
    public var line: Int
    /// The fields, unquoted and untrimmed; line breaks inside quoted fields are `\n`.
    public var fields: [String]

    /// Creates a row.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// The field at `index`, or `""` when the row is shorter.
    public subscript(index: Int) -> String { fields.indices.contains(index) ? fields[index] : "" }

    /// Whether every field is empty or white space (Excel writes `;;;` for empty rows).
    public var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }

    /// Whether a field after the first `columns` holds more than white space.
    public func hasFields(beyond columns: Int) -> Bool {
        fields.dropFirst(columns).contains { !$0.allSatisfy(\.isWhitespace) }
    }
}
