import ZhurnalCore

/// A rubric saved in the journal, with its id.
public struct StoredRubric: Hashable, Sendable {
    public let id: Int
    public var rubric: Rubric
}

/// What saving a rubric did.
public struct RubricSaveResult: Equatable, Sendable {
    /// The saved rubric's id.
    public let rubricID: Int
    /// True when a rubric of the same name was replaced.
    public let replaced: Bool
    /// How many journal cells got a new derived mark.
    public let rederived: Int
}
