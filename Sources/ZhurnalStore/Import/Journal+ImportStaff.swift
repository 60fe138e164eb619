import ZhurnalCore

extension Journal {
    /// Puts the staff of a staff file into the list (all or nothing): members already there get
    /// the file's names and roles and are active again; members not in the file stay as they are.
    /// Needs the staff right; refused with `StoreError.wouldLockOut` when afterwards the acting
    /// person would not be an active администратор (a personal journal's user must list himself).
    ///
    /// - Returns: the number of staff rows written.
    public func importStaff(_ bytes: [UInt8]) throws(ImportFailure) -> Int {
        let rows = try CSVImportFile.rows(bytes, required: StaffRow.required, optional: StaffRow.optional)
        var members: [StaffMember] = [], problems: [ImportRowError] = []
        var seen = Set<String>()
        for row in rows {
            switch StaffRow.parse(row) {
            case .failure(let problem):
                problems.append(ImportRowError(line: row.line, problem: problem))
            case .success(let member):
                if seen.insert(member.login).inserted {
                    members.append(member)
                } else {
                    problems.append(ImportRowError(line: row.line, problem: .duplicateLogin(member.login)))
                }
            }
        }
        guard problems.isEmpty else { throw ImportFailure.badRows(problems) }
        do {
            return try write(needing: .staff) { _ in
                for member in members { try storeStaffMember(member) }
                try requireAdminRemains()
                return members.count
            }
        } catch {
            throw ImportFailure.wrapping(error)
        }
    }
}
