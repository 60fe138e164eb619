import Testing
@testable import ZhurnalCore

/// docs/progress.md, "Trend": trend = average of the last 30 days minus that of the 30 days before;
/// |trend| < 0.20 is stable.
@Suite struct TrendTests {
    let asOf = d("2026-10-30")   // latest window 1–30 October, earlier window 1–30 September

    @Test func handComputedRise() throws {
        let trend = try #require(Trend.compute([lesson("2026-09-01", "3"), lesson("2026-09-30", "4", "2"),
                                                lesson("2026-10-01", "5"), lesson("2026-10-30", "4")], asOf: asOf))
        // earlier (3 + 8) / 3 = 3.666…, recent 4.50; change 0.833… → 0.83.
        #expect(trend.earlier == Ratio(numerator: 11, denominator: 3))
        #expect(trend.recent == h(450))
        #expect(trend.change.shown == "0.83")
        #expect(trend.direction == .up)
    }

    @Test func handComputedFall() throws {
        let trend = try #require(Trend.compute([lesson("2026-09-15", "5"), lesson("2026-10-15", "4"),
                                                lesson("2026-10-20", "3")], asOf: asOf))
        #expect(trend.change == h(-150))
        #expect(trend.direction == .down)
    }

    @Test func stableBandBoundary() throws {
        // 0.20 exactly is not stable; 0.19 is.
        let rising = try #require(Trend.compute([lesson("2026-09-10", "4", "5"), lesson("2026-10-10", "5"),
                                                 lesson("2026-10-11", "4", "4")], asOf: asOf))
        #expect(rising.change == h(20))
        #expect(rising.direction == .up)
        var rules = TrendRules()
        rules.stableBand = 21
        #expect(Trend.compute([lesson("2026-09-10", "4", "5"), lesson("2026-10-10", "5"), lesson("2026-10-11", "4", "4")],
                              asOf: asOf, rules: rules)?.direction == .stable)
        let falling = try #require(Trend.compute([lesson("2026-09-10", "4", "5"), lesson("2026-10-10", "3"),
                                                  lesson("2026-10-11", "4", "4")], asOf: asOf))
        #expect(falling.change == h(-20))
        #expect(falling.direction == .down)
    }

    @Test func marksOutsideBothWindowsAndLaterMarksAreIgnored() {
        let lessons = [lesson("2026-08-31", "2"), lesson("2026-09-05", "4"), lesson("2026-10-05", "4"),
                       lesson("2026-10-31", "2")]
        let trend = Trend.compute(lessons, asOf: asOf)
        #expect(trend?.change == h(0))
        #expect(trend?.direction == .stable)
    }

    @Test func noTrendWithoutMarksInBothWindows() {
        #expect(Trend.compute([lesson("2026-10-05", "5")], asOf: asOf) == nil)
        #expect(Trend.compute([lesson("2026-09-05", "5")], asOf: asOf) == nil)
    }

    @Test func windowIsASetting() {
        var rules = TrendRules()
        rules.windowDays = 7
        let lessons = [lesson("2026-10-20", "2"), lesson("2026-10-29", "5")]
        #expect(Trend.compute(lessons, asOf: asOf, rules: rules)?.change == h(300))
    }

    @Test func arrows() {
        #expect(TrendDirection.allCases.map { $0.arrow() } == ["↑", "→", "↓"])
        #expect(TrendDirection.allCases.map { $0.arrow(ascii: true) } == ["^", "=", "v"])
    }
}
