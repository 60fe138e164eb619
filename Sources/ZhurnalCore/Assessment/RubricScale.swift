/// How a rubric's step minima are read: as total points or as a percent of the maximum.
public enum RubricScaleBasis: String, Hashable, Sendable, CaseIterable {
    case points
    case percent
}

/// One step of a conversion scale: the mark given when the total reaches `minimum` and every
/// group reaches its own minimum (in points).
public struct RubricStep: Hashable, Sendable {
    public var mark: Int
    /// Total points, or a whole percent of the rubric's maximum, depending on the scale's basis.
    public var minimum: Int
    /// Group name → the least points needed from that group's criteria.
    public var groupMinima: [String: Int]

    public init(mark: Int, minimum: Int, groupMinima: [String: Int] = [:]) {
        self.mark = mark
        self.minimum = minimum
        self.groupMinima = groupMinima
    }
}

/// A conversion scale from criteria points to a mark (docs/rubrics.md, "Conversion").
public struct RubricScale: Hashable, Sendable {
    public var basis: RubricScaleBasis
    /// The steps, in any order; conversion tries them from the highest mark down.
    public var steps: [RubricStep]

    public init(basis: RubricScaleBasis, steps: [RubricStep]) {
        self.basis = basis
        self.steps = steps
    }

    /// The highest mark whose total minimum and group minima all hold, nil when none holds.
    ///
    /// - Parameters:
    ///   - total: the points earned over all criteria.
    ///   - maximum: the rubric's maximum points (for percent scales).
    ///   - groupTotals: the points earned per group.
    public func mark(total: Int, maximum: Int, groupTotals: [String: Int]) -> Int? {
        for step in steps.sorted(by: { $0.mark > $1.mark }) where reaches(step, total: total, maximum: maximum)
            && step.groupMinima.allSatisfy({ groupTotals[$0.key, default: 0] >= $0.value }) {
            return step.mark
        }
        return nil
    }

    private func reaches(_ step: RubricStep, total: Int, maximum: Int) -> Bool {
        switch basis {
        case .points: return total >= step.minimum
        case .percent: return maximum > 0 && total * 100 >= step.minimum * maximum
        }
    }
}
