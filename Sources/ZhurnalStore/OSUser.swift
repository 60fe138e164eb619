import Foundation

/// The operating-system user recorded in history rows.
public enum OSUser {
    /// The effective user's login name from the password database, else `$USER`, else "?".
    public static func current() -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            let login = String(cString: name)
            if !login.isEmpty { return login }
        }
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        return "?"
    }
}
