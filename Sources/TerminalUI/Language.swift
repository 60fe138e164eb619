/// The language of every message the program shows.
public enum Language: String, CaseIterable, Hashable, Sendable {
    case ru
    case en

    /// The language asked for with `--lang`, else the one of the locale environment.
    public static func resolve(requested: Language?, environment: [String: String]) -> Language {
        requested ?? fromLocale(environment)
    }

    /// Russian when the locale for messages (the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`)
    /// begins with `ru`, English otherwise.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale?.lowercased().hasPrefix("ru") == true ? .ru : .en
    }
}
