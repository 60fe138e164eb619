import ZhurnalCore

/// One checked row of a staff file (docs/file-formats.md:
/// `login,last_name,first_name,middle_name,roles`).
enum StaffRow {
    static let required: [CSVColumn] = [.login, .lastName, .firstName]
    static let optional: [CSVColumn] = [.middleName, .roles]

    /// Checks a mapped row.
    static func parse(_ row: CSVMappedRow) -> Result<StaffMember, ImportProblem> {
        let values = [CSVColumn.login, .lastName, .firstName, .middleName, .roles].map { row[$0] ?? "" }
        for (column, value) in zip([CSVColumn.login, .lastName, .firstName], values) where value.isEmpty {
            return .failure(.missingValue(column: column.name))
        }
        for (column, value) in zip([CSVColumn.login, .lastName, .firstName, .middleName, .roles], values) {
            if let problem = ImportProblem.controlCharacter(in: value, column: column) { return .failure(problem) }
        }
        guard let roles = StaffRole.list(values[4]) else { return .failure(.badRoles(values[4])) }
        return .success(StaffMember(login: values[0], lastName: values[1], firstName: values[2], middleName: values[3],
                                    roles: roles))
    }
}
