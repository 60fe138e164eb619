/// One numeric mark with the weight of its column.
public struct WeightedMark: Hashable, Sendable {
    public var mark: Int
    public var weight: Weight

    public init(mark: Int, weight: Weight) {
        self.mark = mark
        self.weight = weight
    }
}

/// The weighted average (docs/rules.md §3): `Σ(mark × weight) / Σ weight` over numeric marks,
/// exact.
public enum WeightedAverage {
    /// The average of the numeric marks among the entries; a double mark counts as two marks,
    /// each with the column's weight; other entries are ignored. Nil when there is no mark.
    public static func of(_ entries: [(entry: Entry, weight: Weight)]) -> Ratio? {
        tally(entries).average
    }

    /// The average of weighted marks; nil when there is none.
    public static func of(_ marks: [WeightedMark]) -> Ratio? {
        var tally = MarkTally()
        for item in marks { tally.add(mark: item.mark, weight: item.weight) }
        return tally.average
    }

    /// The sums of the numeric marks among the entries, each with its column's weight.
    public static func tally(_ entries: [(entry: Entry, weight: Weight)]) -> MarkTally {
        var tally = MarkTally()
        for item in entries { tally.add(item.entry, weight: item.weight) }
        return tally
    }

    /// The numeric marks of entries, each with its column's weight.
    public static func marks(_ entries: [(entry: Entry, weight: Weight)]) -> [WeightedMark] {
        entries.flatMap { item in item.entry.numericMarks.map { WeightedMark(mark: $0, weight: item.weight) } }
    }
}
