/// One numeric mark with the weight of its column.
public struct WeightedMark: Hashable, Sendable {
    public var mark: Int
    public var weight: Weight

    public init(mark: Int, weight: Weight) {
        self.mark = mark
        self.weight = weight
    }
}

/// The weighted average of domain.md: `Σ(mark × weight) / Σ weight` over numeric marks, exact.
public enum WeightedAverage {
    /// The average of the numeric marks among the entries; a double mark counts as two marks,
    /// each with the column's weight; other entries are ignored. Nil when there is no mark.
    public static func of(_ entries: [(entry: Entry, weight: Weight)]) -> Ratio? {
        of(marks(entries))
    }

    /// The average of weighted marks; nil when there is none.
    public static func of(_ marks: [WeightedMark]) -> Ratio? {
        var sum = 0, weights = 0
        for item in marks {
            sum += item.mark * item.weight.hundredths
            weights += item.weight.hundredths
        }
        return weights == 0 ? nil : Ratio(numerator: sum, denominator: weights)
    }

    /// The numeric marks of entries, each with its column's weight.
    public static func marks(_ entries: [(entry: Entry, weight: Weight)]) -> [WeightedMark] {
        entries.flatMap { item in item.entry.numericMarks.map { WeightedMark(mark: $0, weight: item.weight) } }
    }
}
