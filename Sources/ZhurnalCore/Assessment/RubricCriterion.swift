/// One criterion of a rubric: what is checked and how many points it can give.
public struct RubricCriterion: Hashable, Sendable {
    /// A short code, unique within the rubric (e.g. "1", "23", "К1").
    public var code: String
    public var description: String
    /// The most points this criterion gives; at least 1.
    public var maxPoints: Int
    /// The code of the outcome the criterion checks, if tagged.
    public var outcome: String?
    /// The named group the criterion counts towards (e.g. "геометрия"), if any.
    public var group: String?

    public init(code: String, description: String, maxPoints: Int, outcome: String? = nil, group: String? = nil) {
        self.code = code
        self.description = description
        self.maxPoints = maxPoints
        self.outcome = outcome
        self.group = group
    }
}
