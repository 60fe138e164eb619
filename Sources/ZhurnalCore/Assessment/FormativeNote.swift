/// A student's own view of a piece of work (светофор).
public enum SelfAssessment: String, Hashable, Sendable, CaseIterable {
    case green
    case yellow
    case red
}

/// The level of achievement a note records or a column is set at.
public enum AchievementLevel: String, Hashable, Sendable, CaseIterable {
    /// базовый
    case basic
    /// повышенный
    case advanced
}

/// A formative note on one student's work in one lesson column (docs/rubrics.md, "Formative
/// notes"). It never changes the average.
public struct FormativeNote: Hashable, Sendable {
    /// What worked.
    public var worked: String
    /// The next step.
    public var nextStep: String
    public var selfAssessment: SelfAssessment?
    public var level: AchievementLevel?

    public init(worked: String = "", nextStep: String = "", selfAssessment: SelfAssessment? = nil,
                level: AchievementLevel? = nil) {
        self.worked = worked
        self.nextStep = nextStep
        self.selfAssessment = selfAssessment
        self.level = level
    }

    /// True when nothing is written.
    public var isEmpty: Bool { worked.isEmpty && nextStep.isEmpty && selfAssessment == nil && level == nil }
}
