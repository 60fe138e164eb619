/// A student's place in a ranked risk list (docs/progress.md, "Risk zone and decline"): a projected
/// «2» or `н/а` first, then the lower current average (none before any), then more reasons. `a < b`
/// means `a` is listed before `b`.
public struct RiskRank: Comparable, Hashable, Sendable {
    /// The term mark the current marks give is «2» (or worse) or `н/а`.
    public var projectedFailing: Bool
    /// The current average of the term; nil without numeric marks.
    public var average: Ratio?
    /// The number of risk reasons.
    public var reasons: Int

    /// A rank from the projected term mark, the current average and the number of risk reasons.
    public init(projected: TermMark, average: Ratio?, reasons: Int) {
        switch projected {
        case .notAttested: projectedFailing = true
        case .mark(let mark): projectedFailing = mark <= 2
        case .exempt: projectedFailing = false
        }
        self.average = average
        self.reasons = reasons
    }

    /// The rank of a student at risk in several subjects: the first of them, with every reason.
    public static func combined(_ ranks: [RiskRank]) -> RiskRank? {
        guard var first = ranks.min() else { return nil }
        first.reasons = ranks.reduce(0) { $0 + $1.reasons }
        return first
    }

    /// `items` in ranked order: by their ranks, ties — and items without a rank — in the order
    /// given.
    public static func ranked<Item>(_ items: [Item], by rank: (Item) -> RiskRank?) -> [Item] {
        let ranks = items.map(rank)
        return items.indices.sorted { a, b in
            if let left = ranks[a], let right = ranks[b], left != right { return left < right }
            return a < b
        }.map { items[$0] }
    }

    public static func < (a: RiskRank, b: RiskRank) -> Bool {
        if a.projectedFailing != b.projectedFailing { return a.projectedFailing }
        if a.average != b.average {
            guard let left = a.average else { return true }
            guard let right = b.average else { return false }
            return left < right
        }
        return a.reasons > b.reasons
    }
}
