/// Plural forms of nouns after a number.
public enum Plural {
    /// The Russian form for `count`: `one` for 1, 21, 101 (отметка); `few` for 2–4, 22–24
    /// (отметки); `many` for 0, 5–20, 25–30, 111–114 (отметок).
    public static func russian(_ count: Int, one: String, few: String, many: String) -> String {
        let n = count.magnitude
        if (11...14).contains(n % 100) { return many }
        switch n % 10 {
        case 1: return one
        case 2...4: return few
        default: return many
        }
    }

    /// The English form for `count`: `one` for exactly 1, `other` otherwise.
    public static func english(_ count: Int, one: String, other: String) -> String {
        count == 1 ? one : other
    }
}
