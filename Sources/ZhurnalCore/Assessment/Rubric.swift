/// A criteria rubric: criteria with their maximum points and a scale that turns the total into a
/// mark (docs/rubrics.md).
public struct Rubric: Hashable, Sendable {
    /// The rubric's name, unique in a journal (e.g. "ОГЭ математика").
    public var name: String
    public var criteria: [RubricCriterion]
    public var scale: RubricScale

    public init(name: String, criteria: [RubricCriterion], scale: RubricScale) {
        self.name = name
        self.criteria = criteria
        self.scale = scale
    }

    /// The sum of every criterion's maximum.
    public var maximum: Int { criteria.reduce(0) { $0 + $1.maxPoints } }

    /// The criterion with `code`, nil when there is none.
    public func criterion(_ code: String) -> RubricCriterion? {
        criteria.first { $0.code == code }
    }

    /// The total of the points given, unknown codes ignored.
    public func total(_ points: [String: Int]) -> Int {
        criteria.reduce(0) { $0 + (points[$1.code] ?? 0) }
    }

    /// The points per group.
    public func groupTotals(_ points: [String: Int]) -> [String: Int] {
        var totals: [String: Int] = [:]
        for criterion in criteria {
            if let group = criterion.group { totals[group, default: 0] += points[criterion.code] ?? 0 }
        }
        return totals
    }

    /// The mark the points give, nil when no points are given or no step holds.
    public func mark(for points: [String: Int]) -> Int? {
        guard !points.isEmpty else { return nil }
        return scale.mark(total: total(points), maximum: maximum, groupTotals: groupTotals(points))
    }

    /// The most points one criterion may give, so that totals and percent steps stay exact.
    public static let maximumPointsPerCriterion = 1_000

    /// Why the rubric cannot be used, nil when it is sound: codes unique and non-empty, maxima
    /// 1…`maximumPointsPerCriterion`, marks 1…5 at most once each, minima non-negative, groups named by some criterion.
    public var problem: RubricProblem? {
        if criteria.isEmpty { return .noCriteria }
        var codes = Set<String>()
        for criterion in criteria {
            if criterion.code.isEmpty { return .emptyCode }
            if !codes.insert(criterion.code).inserted { return .duplicateCode(criterion.code) }
            if !(1...Self.maximumPointsPerCriterion).contains(criterion.maxPoints) { return .badMaximum(criterion.code) }
        }
        if scale.steps.isEmpty { return .noSteps }
        let groups = Set(criteria.compactMap(\.group))
        var marks = Set<Int>()
        for step in scale.steps {
            if !(1...5).contains(step.mark) || !marks.insert(step.mark).inserted { return .badMark(step.mark) }
            if step.minimum < 0 || (scale.basis == .percent && step.minimum > 100) { return .badMinimum(step.mark) }
            if let group = step.groupMinima.keys.sorted().first(where: { !groups.contains($0) }) {
                return .unknownGroup(group)
            }
        }
        return nil
    }
}

/// Why a rubric definition is refused.
public enum RubricProblem: Error, Hashable, Sendable {
    case noCriteria
    case emptyCode
    case duplicateCode(String)
    case badMaximum(String)
    case noSteps
    case badMark(Int)
    case badMinimum(Int)
    case unknownGroup(String)
}
