/// One staff member: the operating-system login, the full name and the roles.
public struct StaffMember: Hashable, Sendable {
    public let login: String
    public var lastName: String
    public var firstName: String
    public var middleName: String
    public var roles: [StaffRole]
    /// A retired member keeps his name in history but has no access.
    public var retired: Bool

    public init(login: String, lastName: String, firstName: String, middleName: String = "",
                roles: [StaffRole], retired: Bool = false) {
        self.login = login
        self.lastName = lastName
        self.firstName = firstName
        self.middleName = middleName
        self.roles = roles
        self.retired = retired
    }

    /// «Иванова И. И.»: the last name and initials, as history and printed forms show it.
    public var shortName: String {
        let initials = [firstName, middleName].compactMap { $0.first.map { "\($0)." } }
        return ([lastName] + initials).joined(separator: " ")
    }

    /// «Иванова Ирина Ивановна».
    public var fullName: String {
        [lastName, firstName, middleName].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
