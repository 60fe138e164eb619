/// A data row read through a `CSVHeaderMap`: fields by column, trimmed.
public struct CSVMappedRow: Sendable, Hashable {
    /// The physical line (1-based) the row starts on, for `line N: reason` messages.
    public let line: Int
    /// The row's fields as read, untrimmed.
    public let fields: [String]
    private let indexes: [CSVColumn: Int]

    init(row: CSVRow, indexes: [CSVColumn: Int]) {
        self.line = row.line
        self.fields = row.fields
        self.indexes = indexes
    }

    /// The trimmed field of `column`: `nil` when the header lacks the column, `""` when the
    /// field is empty or the row is too short to have it.
    public subscript(column: CSVColumn) -> String? {
        guard let index = indexes[column] else { return nil }
        return fields.indices.contains(index) ? fields[index].trimmingWhiteSpace() : ""
    }

    /// The trimmed field of the column with canonical name `name` (`"mark"`, `"last_name"`);
    /// see `subscript(_: CSVColumn)`.
    public subscript(name: String) -> String? {
        self[CSVColumn(name)]
    }
}

extension CSVHeaderMap {
    /// `row` with its fields addressable by column.
    public func mapped(_ row: CSVRow) -> CSVMappedRow {
        CSVMappedRow(row: row, indexes: indexes)
    }

    /// The data rows of `table`, addressable by column.
    public func mappedRows(of table: CSVTable) -> [CSVMappedRow] {
        table.rows.map(mapped)
    }
}
