/// Where the journal file lives when no path is given (README.md, "The journal file").
public enum JournalLocation {
    /// The journal path: `explicit` (`--db`) > `ZHURNAL_DB` > `$XDG_DATA_HOME/zhurnal/journal.sqlite`
    /// > `$HOME/.local/share/zhurnal/journal.sqlite`; nil when none applies.
    ///
    /// Empty values are ignored, and so is a relative `XDG_DATA_HOME` (the XDG spec requires absolute).
    public static func resolve(explicit: String?, environment: [String: String]) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["ZHURNAL_DB"], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return join(data, "zhurnal/journal.sqlite")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return join(home, ".local/share/zhurnal/journal.sqlite")
        }
        return nil
    }

    private static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
