/// The levels below which a school is flagged as a ШНОР candidate in the district roll-up
/// (rules.md §10), in percent, for the whole school's figures: успеваемость, качество, СОУ.
/// Defaults: 85, 30, 40.
public struct DistrictThresholds: Equatable, Sendable {
    /// A figure a threshold applies to.
    public enum Figure: Hashable, Sendable {
        case progress, quality, sou
    }

    public var progress: Ratio
    public var quality: Ratio
    public var sou: Ratio

    public init(progress: Ratio = Ratio(85), quality: Ratio = Ratio(30), sou: Ratio = Ratio(40)) {
        self.progress = progress
        self.quality = quality
        self.sou = sou
    }

    /// The figures of a school's statistics strictly below their thresholds, in the order
    /// успеваемость, качество, СОУ; exact, not as shown. A figure without a value (nobody counted)
    /// is never below: a school without results is not flagged.
    public func below(_ statistics: ClassStatistics) -> [Figure] {
        [(Figure.progress, statistics.progress, progress), (.quality, statistics.quality, quality), (.sou, statistics.sou, sou)]
            .compactMap { figure, value, threshold in value.map { $0 < threshold } == true ? figure : nil }
    }
}
