import Testing
@testable import ZhurnalCore

/// docs/rules.md §4: threshold table 4.60 / 3.60 / 2.60, the shown-or-exact comparison and
/// the "ordinary rounding" preset 4.50 / 3.50 / 2.50.
@Suite struct TermMarkThresholdTests {
    @Test func defaultTable() {
        let t = Thresholds.default
        #expect(t.five == 460 && t.four == 360 && t.three == 260)
        #expect(t.mark(for: h(500)) == 5)
        #expect(t.mark(for: h(460)) == 5)
        #expect(t.mark(for: h(459)) == 4)
        #expect(t.mark(for: h(360)) == 4)
        #expect(t.mark(for: h(359)) == 3)
        #expect(t.mark(for: h(260)) == 3)
        #expect(t.mark(for: h(259)) == 2)
        #expect(t.mark(for: h(200)) == 2)
        #expect(t.mark(for: h(100)) == 2)
        #expect(t.isValid)
    }

    @Test func shownComparisonUsesTheTwoDecimalValue() {
        let avg = Ratio(numerator: 4595, denominator: 1000)   // 4.595, shown 4.60
        #expect(Thresholds.default.mark(for: avg, comparison: .shown) == 5)
        #expect(Thresholds.default.mark(for: avg) == 5)        // .shown is the default
        #expect(Thresholds.default.mark(for: avg, comparison: .exact) == 4)
        let justBelow = Ratio(numerator: 4594, denominator: 1000) // 4.594, shown 4.59
        #expect(Thresholds.default.mark(for: justBelow, comparison: .shown) == 4)
        let third = Ratio(numerator: 1078, denominator: 300)  // 3.59333… shown 3.59
        #expect(Thresholds.default.mark(for: third, comparison: .shown) == 3)
        let ninth = Ratio(numerator: 3595, denominator: 1000) // 3.595 → 3.60
        #expect(Thresholds.default.mark(for: ninth, comparison: .shown) == 4)
        #expect(Thresholds.default.mark(for: ninth, comparison: .exact) == 3)
    }

    @Test func shownVersusExactThroughAttestationRules() {
        // 5,5,4,4 weights 1 and a 4 with weight … make 4.595 exactly: use weights in hundredths.
        // 5×w1 + 4×w2 with w1+w2 = 2.00 → 4 + w1/2 = 4.595 → w1 = 1.19, w2 = 0.81
        let items = entries([("5", "1.19"), ("4", "0.81"), ("4", "0.81"), ("5", "1.19")])
        #expect(WeightedAverage.of(items) == Ratio(numerator: 4595, denominator: 1000))
        #expect(AttestationRules.default.recommend(items).mark == .mark(5))
        let exact = AttestationRules(thresholds: .default, comparison: .exact, minimumMarks: 3)
        #expect(exact.recommend(items).mark == .mark(4))
    }

    @Test func ordinaryRoundingPreset() {
        let t = Thresholds.ordinaryRounding
        #expect(t.five == 450 && t.four == 350 && t.three == 250)
        #expect(t.mark(for: h(450)) == 5)
        #expect(t.mark(for: h(449)) == 4)
        #expect(t.mark(for: h(350)) == 4)
        #expect(t.mark(for: h(349)) == 3)
        #expect(t.mark(for: h(250)) == 3)
        #expect(t.mark(for: h(249)) == 2)
        // 4.495 is shown 4.50 → 5 under the shown comparison, 4 under the exact one
        #expect(t.mark(for: Ratio(numerator: 4495, denominator: 1000), comparison: .shown) == 5)
        #expect(t.mark(for: Ratio(numerator: 4495, denominator: 1000), comparison: .exact) == 4)
        #expect(t.isValid)
    }

    @Test func customTableFromSettings() {
        let t = Thresholds(five: 475, four: 375, three: 275)
        #expect(t.mark(for: h(470)) == 4)
        #expect(t.mark(for: h(475)) == 5)
        #expect(t.mark(for: h(274)) == 2)
        #expect(t.isValid)
    }

    @Test func validity() {
        #expect(!Thresholds(five: 360, four: 460, three: 260).isValid)
        #expect(!Thresholds(five: 460, four: 460, three: 260).isValid)
        #expect(!Thresholds(five: 460, four: 360, three: 99).isValid)
        #expect(!Thresholds(five: 501, four: 360, three: 260).isValid)
        #expect(Thresholds(five: 500, four: 360, three: 100).isValid)
    }

    @Test func everyHundredthBetweenOneAndFive() {
        for value in 100...500 {
            let expected = value >= 460 ? 5 : value >= 360 ? 4 : value >= 260 ? 3 : 2
            #expect(Thresholds.default.mark(for: h(value)) == expected, "\(value)")
            #expect(Thresholds.default.mark(for: h(value), comparison: .exact) == expected, "\(value)")
            // half a hundredth below: shown rounds up onto the value, exact stays below it
            let justBelow = Ratio(numerator: value * 10 - 5, denominator: 1000)
            #expect(Thresholds.default.mark(for: justBelow, comparison: .shown) == expected, "\(value)")
            let exactExpected = value - 1 >= 460 ? 5 : value - 1 >= 360 ? 4 : value - 1 >= 260 ? 3 : 2
            #expect(Thresholds.default.mark(for: justBelow, comparison: .exact) == exactExpected, "\(value)")
        }
    }
}
