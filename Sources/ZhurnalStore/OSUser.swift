import Foundation

/// The person recorded in history rows.
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

    /// The person acting on the journal at `path`: the login `sudo` reports (`SUDO_USER`) when
    /// this process runs as the file's owner (a school server's journal account), else
    /// `current()`.
    public static func acting(onFileAt path: String,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        var info = stat()
        if let sudoUser = environment["SUDO_USER"], !sudoUser.isEmpty,
           stat(path, &info) == 0, info.st_uid == geteuid() {
            return sudoUser
        }
        return current()
    }
}
