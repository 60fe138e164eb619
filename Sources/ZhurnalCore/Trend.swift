/// Which way a student's average is heading.
public enum TrendDirection: String, Sendable, CaseIterable {
    /// Rising by at least the stable band.
    case up
    /// Within the stable band.
    case stable
    /// Falling by at least the stable band.
    case down

    /// The arrow shown for the direction: ↑ → ↓, or `^ = v` in ASCII.
    public func arrow(ascii: Bool = false) -> String {
        switch self {
        case .up: return ascii ? "^" : "↑"
        case .stable: return ascii ? "=" : "→"
        case .down: return ascii ? "v" : "↓"
        }
    }
}

/// The trend (docs/progress.md, "Trend"): the weighted average of the latest window minus that of
/// the window before it; stable when its magnitude, shown to two decimals, is below the stable
/// band.
public struct Trend: Hashable, Sendable {
    /// The average of the latest window, exact.
    public var recent: Ratio
    /// The average of the window before it, exact.
    public var earlier: Ratio
    /// Up, stable or down under the rules' band.
    public var direction: TrendDirection

    /// A trend from its two window averages and its direction.
    public init(recent: Ratio, earlier: Ratio, direction: TrendDirection) {
        self.recent = recent
        self.earlier = earlier
        self.direction = direction
    }

    /// `recent − earlier`, exact.
    public var change: Ratio { recent - earlier }

    /// The trend as of `asOf`: the latest window is the `windowDays` days ending on `asOf`, the
    /// earlier one the `windowDays` days before; later lessons are ignored. Nil unless both
    /// windows hold a numeric mark.
    public static func compute(_ lessons: [DatedEntry], asOf: LocalDate, rules: TrendRules = TrendRules()) -> Trend? {
        let days = max(rules.windowDays, 1)
        let recentStart = asOf.adding(days: -(days - 1))
        let earlierStart = recentStart.adding(days: -days)
        guard let recent = RunningAverage.average(lessons, in: recentStart...asOf),
              let earlier = RunningAverage.average(lessons, in: earlierStart...recentStart.adding(days: -1)) else {
            return nil
        }
        let shown = (recent - earlier).hundredthsHalfUp
        let direction: TrendDirection = abs(shown) < rules.stableBand ? .stable : (shown > 0 ? .up : .down)
        return Trend(recent: recent, earlier: earlier, direction: direction)
    }
}
