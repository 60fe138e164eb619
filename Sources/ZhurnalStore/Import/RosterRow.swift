/// One checked row of a roster file (docs/file-formats.md:
/// `class,last_name,first_name,middle_name`, or one `ФИО`/`full_name` column instead of the three
/// name columns).
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

    /// The columns of a roster with one full-name column (`ФИО`, `full_name`) instead of three.
    public static func fullNameColumns(classGiven: Bool) -> (required: [CSVColumn], optional: [CSVColumn]) {
        classGiven ? ([.student], [.class]) : ([.class, .student], [])
    }

    /// Checks a mapped row; `className` from the command line wins over the file's column. A full
    /// name «Фамилия Имя [Отчество…]» is split at white space: last name, first name, the rest.
    public static func parse(_ row: CSVMappedRow, className: String?) -> Result<RosterRow, ImportProblem> {
        let klass = className ?? row[.class] ?? ""
        var last = row[.lastName] ?? "", first = row[.firstName] ?? "", middle = row[.middleName] ?? ""
        if let full = row[.student] {
            let words = full.split(whereSeparator: \.isWhitespace).map(String.init)
            last = words.first ?? ""
            first = words.dropFirst().first ?? ""
            middle = words.dropFirst(2).joined(separator: " ")
        }
        for (column, value) in [(CSVColumn.class, klass), (.lastName, last), (.firstName, first)] where value.isEmpty {
            return .failure(.missingValue(column: column.name))
        }
        for (column, value) in [(CSVColumn.class, klass), (.lastName, last), (.firstName, first), (.middleName, middle)] {
            if let problem = ImportProblem.controlCharacter(in: value, column: column) { return .failure(problem) }
        }
        return .success(RosterRow(line: row.line, className: klass, lastName: last, firstName: first, middleName: middle))
    }
}
