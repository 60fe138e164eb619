/// Running sums of weighted numeric marks, added entry by entry without building arrays: the
/// accumulator behind every weighted average of a report (docs/rules.md §3).
public struct MarkTally: Hashable, Sendable {
    /// Σ mark × weight, in hundredths of the weight.
    public private(set) var sum = 0
    /// Σ weight, in hundredths.
    public private(set) var weights = 0
    /// Numeric marks added (a double mark counts two).
    public private(set) var count = 0

    /// An empty tally.
    public init() {}

    /// Adds the numeric marks of an entry (none for absences, зч, осв, …) with the column's weight.
    public mutating func add(_ entry: Entry?, weight: Weight) {
        switch entry {
        case .mark(let mark)?: add(mark: mark, weight: weight)
        case .double(let first, let second)?:
            add(mark: first, weight: weight)
            add(mark: second, weight: weight)
        default: break
        }
    }

    /// Adds one numeric mark with its weight.
    public mutating func add(mark: Int, weight: Weight) {
        sum += mark * weight.hundredths
        weights += weight.hundredths
        count += 1
    }

    /// The exact weighted average; nil when no mark was added.
    public var average: Ratio? {
        weights == 0 ? nil : Ratio(numerator: sum, denominator: weights)
    }
}
