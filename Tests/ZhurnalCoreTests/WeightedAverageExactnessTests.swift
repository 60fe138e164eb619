import Testing
@testable import ZhurnalCore

/// docs/rules.md §3: Σ(mark × weight) / Σ weight over numeric marks, computed exactly.
@Suite struct WeightedAverageExactnessTests {
    @Test func decimalWeightsGiveExactlyThreePointSixZeroWhereDoubleFallsShort() {
        // (2×1.4 + 4×1.4 + 5×1.2) / 4.0
        let items = entries([("2", "1.4"), ("4", "1.4"), ("5", "1.2")])
        let average = WeightedAverage.of(items)
        #expect(average == Ratio(numerator: 18, denominator: 5))
        #expect(average == h(360))
        #expect(average?.shown == "3.60")
        #expect(average?.hundredthsHalfUp == 360)

        // The same sum in binary floating point lands just below 3.6: that is the bug we avoid.
        let a = 1.4, b = 1.2
        let floating = (2 * a + 4 * a + 5 * b) / 4.0
        #expect(floating < 3.6)
        #expect(floating != 3.6)
    }

    @Test func exactThreePointSixZeroEarnsAFourUnderBothComparisons() {
        let items = entries([("2", "1.4"), ("4", "1.4"), ("5", "1.2")])
        let rules = AttestationRules.default
        #expect(rules.recommend(items).mark == .mark(4))
        var exact = rules
        exact.comparison = .exact
        #expect(exact.recommend(items).mark == .mark(4))
    }

    @Test func plainWeightedAverage() {
        // 5×1 + 3×3 = 14, / 4 = 3.50
        let average = WeightedAverage.of(entries([("5", "1"), ("3", "3")]))
        #expect(average == h(350))
        // 4×1.5 + 5×2.25 + 2×1 = 6 + 11.25 + 2 = 19.25, / 4.75 = 4.0526… → 4.05
        let other = WeightedAverage.of(entries([("4", "1.5"), ("5", "2.25"), ("2", "1")]))
        #expect(other == Ratio(numerator: 1925, denominator: 475))
        #expect(other?.shown == "4.05")
    }

    @Test func doubleMarkCountsAsTwoMarksEachWithTheColumnWeight() {
        // 5/4 in a weight-2 column + 3 in a weight-1 column: (10 + 8 + 3) / 5 = 4.20
        let items = entries([("5/4", "2"), ("3", "1")])
        #expect(WeightedAverage.of(items) == h(420))
        let marks = WeightedAverage.marks(items)
        #expect(marks == [WeightedMark(mark: 5, weight: Weight(2)), WeightedMark(mark: 4, weight: Weight(2)),
                          WeightedMark(mark: 3, weight: Weight(1))])
        // Not the same as averaging the double mark to 4.5 once: (9 + 3) / 3 = 4.00
        #expect(WeightedAverage.of(items) != h(400))
    }

    @Test func nonNumericEntriesAreIgnored() {
        let noise = ["н", "б", "у", "оп", "зч", "нз", "•", "осв"]
        for text in noise {
            let items = entries([("5", "1"), (text, "3"), ("4", "1")])
            #expect(WeightedAverage.of(items) == h(450), "\(text) must not change the average")
            #expect(WeightedAverage.marks(items).count == 2)
        }
    }

    @Test func noNumericMarksMeansNoAverageNotZero() {
        #expect(WeightedAverage.of([(entry: Entry, weight: Weight)]()) == nil)
        #expect(WeightedAverage.of([WeightedMark]()) == nil)
        let onlyNoise = entries([("н", "1"), ("зч", "3"), ("•", "2"), ("осв", "1"), ("нз", "1")])
        #expect(WeightedAverage.of(onlyNoise) == nil)
        #expect(AttestationRules.default.recommend(onlyNoise).average == nil)
        #expect(AttestationRules.default.recommend(onlyNoise).markCount == 0)
    }

    @Test func singleMarkAverageIsTheMark() {
        #expect(WeightedAverage.of(entries([("2", "3")])) == Ratio(2))
        #expect(WeightedAverage.of([WeightedMark(mark: 1, weight: Weight(1))]) == Ratio(1))
    }

    @Test func threeThirdsStayExact() {
        // 5 + 5 + 4 with weights 1: 14/3 = 4.666… → shown 4.67, never 4.66
        let average = WeightedAverage.of(entries([("5", "1"), ("5", "1"), ("4", "1")]))
        #expect(average == Ratio(numerator: 14, denominator: 3))
        #expect(average?.shown == "4.67")
    }

    /// The tally behind the averages: a double mark adds two marks with the column's weight,
    /// absences, зч and осв add none, and an empty tally has no average.
    @Test func markTallyCountsDoubleMarksTwiceAndIgnoresTheRest() {
        var tally = MarkTally()
        #expect(tally.average == nil)
        for entry: Entry? in [.absence(.absent), .passed, .exempt, .owed, nil] { tally.add(entry, weight: Weight(3)) }
        #expect(tally.average == nil && tally.count == 0)
        tally.add(.double(5, 4), weight: Weight(2))
        tally.add(.mark(3), weight: Weight(1))
        #expect(tally.count == 3)
        #expect(tally.average == Ratio(numerator: 5 * 200 + 4 * 200 + 3 * 100, denominator: 500))
        #expect(tally.average?.hundredthsHalfUp == 420)
    }
}
