/// What a student's work says about one outcome: criteria points, tagged marks, notes' levels.
public struct OutcomeEvidence: Hashable, Sendable {
    /// Points earned on criteria tagged with the outcome.
    public var earned = 0
    /// The maximum of those criteria, over the works the student was scored in.
    public var available = 0
    /// The student's entries in columns tagged with the outcome, with the columns' weights.
    public var marks: [WeightedMark] = []
    /// The levels of the student's formative notes in columns tagged with the outcome.
    public var levels: [AchievementLevel] = []

    public init(earned: Int = 0, available: Int = 0, marks: [WeightedMark] = [], levels: [AchievementLevel] = []) {
        self.earned = earned
        self.available = available
        self.marks = marks
        self.levels = levels
    }
}

/// One line of a student's outcome profile (docs/rubrics.md, "Outcomes and levels").
public struct OutcomeResult: Hashable, Sendable {
    public var outcome: Outcome
    public var earned: Int
    public var available: Int
    /// earned / available × 100; nil without scored criteria (and always for personal outcomes).
    public var share: Ratio?
    /// The weighted average of tagged marks; nil without marks (and always for personal outcomes).
    public var average: Ratio?
    /// The level reached; nil when not reached or not known.
    public var level: AchievementLevel?
}

/// The outcome profile: per outcome, the share of points earned and the weighted average of
/// tagged marks. The level reached is the highest level of the notes when there are notes (the
/// only source for personal outcomes); otherwise from the share (≥ 50% базовый, ≥ 80% повышенный)
/// or, without points, from the average (≥ 3.00 базовый, ≥ 4.50 повышенный).
public enum OutcomeProfile {
    /// Share thresholds (percent) of the levels.
    public static let basicShare = Ratio(50), advancedShare = Ratio(80)
    /// Average thresholds of the levels.
    public static let basicAverage = Ratio(3), advancedAverage = Ratio(hundredths: 450)

    /// The profile over a catalogue, in the catalogue's order.
    public static func compute(_ outcomes: [Outcome], evidence: [String: OutcomeEvidence]) -> [OutcomeResult] {
        outcomes.map { outcome in
            let item = evidence[outcome.code] ?? OutcomeEvidence()
            let personal = outcome.type == .personal
            let share = personal ? nil : Ratio.percent(item.earned, of: item.available)
            let average = personal ? nil : WeightedAverage.of(item.marks)
            return OutcomeResult(outcome: outcome, earned: personal ? 0 : item.earned,
                                 available: personal ? 0 : item.available, share: share, average: average,
                                 level: level(notes: item.levels, share: share, average: average, personal: personal))
        }
    }

    private static func level(notes: [AchievementLevel], share: Ratio?, average: Ratio?, personal: Bool) -> AchievementLevel? {
        if !notes.isEmpty { return notes.contains(.advanced) ? .advanced : .basic }
        if personal { return nil }
        if let share {
            return share >= advancedShare ? .advanced : share >= basicShare ? .basic : nil
        }
        if let average {
            return average >= advancedAverage ? .advanced : average >= basicAverage ? .basic : nil
        }
        return nil
    }
}

/// A class view of one outcome: how many students reached each level.
public struct OutcomeClassCount: Hashable, Sendable {
    public var outcome: Outcome
    /// Students whose highest level is базовый.
    public var basic: Int
    /// Students who reached повышенный.
    public var advanced: Int
    /// Students with no level reached.
    public var none: Int

    /// Counts the levels of the students' profiles, outcome by outcome.
    public static func count(_ profiles: [[OutcomeResult]], outcomes: [Outcome]) -> [OutcomeClassCount] {
        outcomes.map { outcome in
            let levels = profiles.map { $0.first { $0.outcome.code == outcome.code }?.level }
            return OutcomeClassCount(outcome: outcome, basic: levels.filter { $0 == .basic }.count,
                                     advanced: levels.filter { $0 == .advanced }.count,
                                     none: levels.filter { $0 == nil }.count)
        }
    }
}
