import Foundation
import ZhurnalCore

extension Journal {
    /// The staff list, retired members too, by last name; empty for a personal journal.
    public func staff() throws -> [StaffMember] {
        try read {
            try connection.cachedStatement("""
                SELECT login, last_name, first_name, middle_name, roles, retired FROM staff
                """).map { row in
                StaffMember(login: row.string("login"), lastName: row.string("last_name"), firstName: row.string("first_name"),
                            middleName: row.string("middle_name"), roles: StaffRole.list(row.string("roles")) ?? [],
                            retired: row.int("retired") != 0)
            }.sorted { NameFold.key($0.fullName) < NameFold.key($1.fullName) }
        }
    }

    /// The staff member with `login`, retired or not; nil when the list has none.
    public func staffMember(login: String) throws -> StaffMember? {
        try staff().first { $0.login == login }
    }

    /// Adds a staff member or changes one (found by login): names, roles, retired flag. Needs
    /// the staff right; refused with `StoreError.wouldLockOut` when the acting person would no
    /// longer be an active администратор of a list he edits.
    public func setStaffMember(_ member: StaffMember) throws {
        try write(needing: .staff) { _ in
            try storeStaffMember(member)
            try requireAdminRemains()
        }
    }

    func storeStaffMember(_ member: StaffMember) throws {
        try connection.run("""
            INSERT INTO staff(login, last_name, first_name, middle_name, roles, retired) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(login) DO UPDATE SET last_name = excluded.last_name, first_name = excluded.first_name,
              middle_name = excluded.middle_name, roles = excluded.roles, retired = excluded.retired
            """, member.login, member.lastName, member.firstName, member.middleName,
                           StaffRole.code(of: member.roles), member.retired ? 1 : 0)
    }

    /// Refuses a staff list that would leave the acting person without the right to edit it.
    func requireAdminRemains() throws {
        guard try !staffAccess().isAdmin else { return }
        throw StoreError.wouldLockOut(user)
    }

    /// The name history and printed forms show for `login`: the staff member's «Фамилия И. О.»,
    /// else nil (a personal journal, an unknown login).
    public func staffName(login: String) throws -> String? {
        try staffMember(login: login)?.shortName
    }

    /// What the acting person may read and change now: everything in a personal journal (no
    /// staff list); by roles and the curriculum's assignments with one; nothing for an unknown
    /// or retired login.
    public func staffAccess() throws -> StaffAccess {
        try read {
            guard try connection.scalarInt("SELECT count(*) FROM staff") ?? 0 > 0 else { return .owner(user) }
            guard let member = try staffMember(login: user), !member.retired else {
                return StaffAccess(login: user, person: .unknown)
            }
            let statement = try connection.cachedStatement("SELECT class_id, subject_id FROM curriculum WHERE teacher = ?")
            try statement.bind(user, at: 1)
            let assigned = Set(try statement.map { StaffAccess.Pair(classID: $0.int("class_id"), subjectID: $0.int("subject_id")) })
            let led = member.roles.compactMap { role -> String? in
                if case .classTeacher(let name) = role { return name }
                return nil
            }
            let classesLed = led.isEmpty ? [] : Set(try classes().filter { schoolClass in
                led.contains { NameFold.sameClass($0, schoolClass.name) }
            }.map(\.id))
            return StaffAccess(login: user, person: .member(member), assigned: assigned, classesLed: classesLed)
        }
    }

    /// Refuses an unknown or retired login of a journal with a staff list
    /// (`StoreError.unknownStaff`): such a person may not even read.
    public func requireKnownPerson() throws {
        guard try staffAccess().isKnown else { throw StoreError.unknownStaff(user) }
    }
}
