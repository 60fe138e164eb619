/// The school's rules for a term mark: thresholds, how the average is compared, and the minimum
/// number of marks for attestation (docs/rules.md §4).
public struct AttestationRules: Codable, Equatable, Sendable {
    public var thresholds: Thresholds
    public var comparison: AverageComparison
    /// With fewer numeric marks than this the term mark is `н/а`.
    public var minimumMarks: Int

    public init(thresholds: Thresholds = .default, comparison: AverageComparison = .shown, minimumMarks: Int = 3) {
        self.thresholds = thresholds
        self.comparison = comparison
        self.minimumMarks = minimumMarks
    }

    /// The defaults of docs/rules.md §4.
    public static let `default` = AttestationRules()

    /// The recommended term mark for a student's entries in a period: `н/а` below the minimum
    /// number of marks, `осв` when the student was exempt from every piece of work.
    public func recommend(_ entries: [(entry: Entry, weight: Weight)]) -> Recommendation {
        let marks = WeightedAverage.tally(entries)
        let average = marks.average
        if marks.count == 0, !entries.isEmpty, entries.allSatisfy({ $0.entry == .exempt }) {
            return Recommendation(average: nil, markCount: 0, mark: .exempt)
        }
        guard let average, marks.count >= minimumMarks else {
            return Recommendation(average: average, markCount: marks.count, mark: .notAttested)
        }
        return Recommendation(average: average, markCount: marks.count,
                              mark: .mark(thresholds.mark(for: average, comparison: comparison)))
    }
}

extension AttestationRules {
    /// True when, the term still running, the recommendation is `н/а` only because the student has
    /// fewer marks than the minimum so far: shown as «мало отметок» (not yet attested), not as a
    /// failing mark (docs/rules.md §7). Exempt students are never short of marks.
    public func isTooFewMarksSoFar(_ recommendation: Recommendation, termRunning: Bool) -> Bool {
        termRunning && recommendation.mark == .notAttested && recommendation.markCount < minimumMarks
    }
}

/// What the rules recommend for one student and period.
public struct Recommendation: Hashable, Sendable {
    /// The weighted average; nil without numeric marks.
    public var average: Ratio?
    /// Numeric marks counted (a double mark counts two).
    public var markCount: Int
    /// The recommended mark, `н/а` below the minimum number of marks, `осв` when exempt from all.
    public var mark: TermMark
}

/// Missing keys decode as the defaults (see `SchoolSettings`).
extension AttestationRules {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let fallback = AttestationRules.default
        self.init(thresholds: try c.decodeIfPresent(Thresholds.self, forKey: .thresholds) ?? fallback.thresholds,
                  comparison: try c.decodeIfPresent(AverageComparison.self, forKey: .comparison) ?? fallback.comparison,
                  minimumMarks: try c.decodeIfPresent(Int.self, forKey: .minimumMarks) ?? fallback.minimumMarks)
    }
}
