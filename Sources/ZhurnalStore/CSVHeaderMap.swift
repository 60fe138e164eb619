/// Where each canonical column is in a CSV file's header.
public struct CSVHeaderMap: Sendable, Hashable {
    /// The 0-based field index of each column found.
    public let indexes: [CSVColumn: Int]

    /// Maps `header` onto columns.
    ///
    /// Header cells that are empty are ignored (Excel adds them for stray cells).
    /// - Parameters:
    ///   - required: columns that must be present.
    ///   - optional: columns that may be present.
    ///   - ignoringUnknown: accept titles that name none of `required` and `optional`.
    /// - Throws: every missing, unknown and duplicate column at once.
    public init(
        header: [String],
        required: [CSVColumn],
        optional: [CSVColumn] = [],
        aliases: CSVColumnAliases = .standard,
        ignoringUnknown: Bool = false
    ) throws(CSVHeaderError) {
        let wanted = Set(required + optional)
        var indexes: [CSVColumn: Int] = [:]
        var positions: [CSVColumn: [Int]] = [:]
        var issues: [CSVHeaderIssue] = []
        for (index, title) in header.enumerated() where !CSVColumnAliases.normalize(title).isEmpty {
            guard let column = aliases.column(for: title), wanted.contains(column) else {
                if !ignoringUnknown {
                    issues.append(.unknown(title: title.trimmingWhiteSpace(), position: index + 1))
                }
                continue
            }
            positions[column, default: []].append(index + 1)
            if indexes[column] == nil { indexes[column] = index }
        }
        for column in required + optional {
            if let found = positions[column], found.count > 1 {
                issues.append(.duplicate(column, positions: found))
            }
        }
        issues += required.filter { indexes[$0] == nil }.map(CSVHeaderIssue.missing)
        guard issues.isEmpty else { throw CSVHeaderError(issues: issues) }
        self.indexes = indexes
    }

    /// Maps the header of `table` onto columns; see `init(header:required:optional:aliases:ignoringUnknown:)`.
    public init(
        table: CSVTable,
        required: [CSVColumn],
        optional: [CSVColumn] = [],
        aliases: CSVColumnAliases = .standard,
        ignoringUnknown: Bool = false
    ) throws(CSVHeaderError) {
        try self.init(header: table.header, required: required, optional: optional, aliases: aliases, ignoringUnknown: ignoringUnknown)
    }

    /// The 0-based field index of `column`, or `nil` if the header lacks it.
    public subscript(column: CSVColumn) -> Int? { indexes[column] }

    /// The trimmed field of `column` in `row`; see `CSVMappedRow.subscript(_: CSVColumn)`.
    public func value(_ column: CSVColumn, in row: CSVRow) -> String? {
        mapped(row)[column]
    }
}

/// One problem with a CSV header row. Positions are 1-based column numbers.
public enum CSVHeaderIssue: Sendable, Hashable {
    /// A required column is absent.
    case missing(CSVColumn)
    /// A title names no column this file may have.
    case unknown(title: String, position: Int)
    /// A column appears more than once.
    case duplicate(CSVColumn, positions: [Int])
}

/// Why a CSV header row does not fit a format: all its problems — unknown titles in column
/// order, then duplicates, then missing columns. The header is on `CSVTable.headerLine`.
public struct CSVHeaderError: Error, Sendable, Hashable {
    /// The problems found; never empty.
    public let issues: [CSVHeaderIssue]

    /// Creates an error from its problems.
    public init(issues: [CSVHeaderIssue]) {
        self.issues = issues
    }
}
