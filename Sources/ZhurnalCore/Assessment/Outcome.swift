/// The type of an educational outcome (ФГОС): предметный, the three метапредметные УУД, личностный.
public enum OutcomeType: String, Hashable, Sendable, CaseIterable {
    /// предметный
    case subject
    /// метапредметный: регулятивные УУД
    case regulatory
    /// метапредметный: познавательные УУД
    case cognitive
    /// метапредметный: коммуникативные УУД
    case communicative
    /// личностный — never marked, only from formative notes' levels
    case personal
}

/// One outcome of the catalogue.
public struct Outcome: Hashable, Sendable {
    /// A short unique code, e.g. "П1", "Р2".
    public var code: String
    public var name: String
    public var type: OutcomeType

    public init(code: String, name: String, type: OutcomeType) {
        self.code = code
        self.name = name
        self.type = type
    }
}
