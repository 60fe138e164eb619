/// How an average is compared with the thresholds: the value shown (half-up to two decimals)
/// or the exact value.
public enum AverageComparison: String, Codable, Sendable, CaseIterable {
    case shown
    case exact
}

/// A threshold table turning an average into a mark 2…5 (docs/rules.md §4).
public struct Thresholds: Codable, Equatable, Sendable {
    /// The lowest average, in hundredths, that earns a 5, a 4 and a 3.
    public var five: Int
    public var four: Int
    public var three: Int

    public init(five: Int, four: Int, three: Int) {
        self.five = five
        self.four = four
        self.three = three
    }

    /// The default table: 4.60 → 5, 3.60 → 4, 2.60 → 3.
    public static let `default` = Thresholds(five: 460, four: 360, three: 260)
    /// The preset "ordinary rounding": 4.50 / 3.50 / 2.50.
    public static let ordinaryRounding = Thresholds(five: 450, four: 350, three: 250)

    /// True when the thresholds descend strictly and lie within 1.00…5.00.
    public var isValid: Bool {
        five > four && four > three && three >= 100 && five <= 500
    }

    /// The mark an average earns under this table.
    public func mark(for average: Ratio, comparison: AverageComparison = .shown) -> Int {
        let value = comparison == .shown ? average.roundedToHundredths : average
        if value >= Ratio(hundredths: five) { return 5 }
        if value >= Ratio(hundredths: four) { return 4 }
        if value >= Ratio(hundredths: three) { return 3 }
        return 2
    }
}

extension Thresholds {
    /// Parses a threshold such as `4.60` or `3,5` into hundredths.
    public static func parseValue(_ text: String) -> Int? {
        Weight(parsing: text)?.hundredths
    }

    /// A threshold in hundredths written with two decimals: `4.60`.
    public static func format(_ hundredths: Int) -> String {
        Ratio(hundredths: hundredths).shown
    }
}
