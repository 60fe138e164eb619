import Foundation

/// A term or year mark: a number, `н/а` (not attested) or `осв` (exempt).
public enum TermMark: Hashable, Sendable, CustomStringConvertible {
    case mark(Int)
    case notAttested
    case exempt

    /// `5`, `н/а`, `осв`.
    public var description: String {
        switch self {
        case .mark(let m): return String(m)
        case .notAttested: return "н/а"
        case .exempt: return "осв"
        }
    }

    /// The numeric mark, if any.
    public var numeric: Int? {
        if case .mark(let m) = self { return m }
        return nil
    }

    /// Parses `1`…`5`, `н/а` (also `на`, `n/a`, `na`), `осв` (also `osv`); nil otherwise.
    public static func parse(_ text: String) -> TermMark? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t.count == 1, let m = Int(t), (1...5).contains(m) { return .mark(m) }
        switch t {
        case "н/а", "на", "н\\а", "n/a", "na": return .notAttested
        case "осв", "osv": return .exempt
        default: return nil
        }
    }
}

/// The teacher's final mark with the reason for overriding the recommendation.
public struct FinalMark: Hashable, Sendable {
    public var value: TermMark
    public var reason: String?

    public init(value: TermMark, reason: String? = nil) {
        self.value = value
        self.reason = reason
    }
}
