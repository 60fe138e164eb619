/// One checked row of a roster file (design.md: `class,last_name,first_name,middle_name`).
public struct RosterRow: Equatable, Sendable {
    public var line: Int
    public var className: String
    public var lastName: String
    public var firstName: String
    public var middleName: String

    /// The columns a roster must have, and may have. The class column is required unless the
    /// class is given on the command line.
    public static func columns(classGiven: Bool) -> (required: [CSVColumn], optional: [CSVColumn]) {
        classGiven ? ([.lastName, .firstName], [.middleName, .class]) : ([.class, .lastName, .firstName], [.middleName])
    }

    /// Checks a mapped row; `className` from the command line wins over the file's column.
    public static func parse(_ row: CSVMappedRow, className: String?) -> Result<RosterRow, ImportProblem> {
        let klass = className ?? row[.class] ?? ""
        let last = row[.lastName] ?? "", first = row[.firstName] ?? ""
        for (column, value) in [(CSVColumn.class, klass), (.lastName, last), (.firstName, first)] where value.isEmpty {
            return .failure(.missingValue(column: column.name))
        }
        let middle = row[.middleName] ?? ""
        for (column, value) in [(CSVColumn.class, klass), (.lastName, last), (.firstName, first), (.middleName, middle)] {
            if let problem = ImportProblem.controlCharacter(in: value, column: column) { return .failure(problem) }
        }
        return .success(RosterRow(line: row.line, className: klass, lastName: last, firstName: first, middleName: middle))
    }
}
