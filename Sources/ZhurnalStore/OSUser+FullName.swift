import Foundation

extension OSUser {
    /// The staff member's full name: the first field of the GECOS entry of `login` in the password
    /// database («Иванова Мария Петровна,каб. 12,,» gives «Иванова Мария Петровна»); nil when the
    /// login is unknown or the field is empty or only repeats the login (root's «root»).
    public static func fullName(login: String) -> String? {
        guard let entry = getpwnam(login), let gecos = entry.pointee.pw_gecos else { return nil }
        let name = String(cString: gecos).split(separator: ",", omittingEmptySubsequences: false).first
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return name.isEmpty || name == login ? nil : name
    }
}
