import Testing
@testable import ZhurnalCore

/// docs/rules.md §4: with fewer numeric marks than the minimum (default 3) the mark is `н/а`.
@Suite struct AttestationMinimumTests {
    @Test func defaultsOfDomain() {
        let rules = AttestationRules.default
        #expect(rules.minimumMarks == 3)
        #expect(rules.comparison == .shown)
        #expect(rules.thresholds == .default)
    }

    @Test func exactlyTheMinimumGivesAMark() {
        let r = AttestationRules.default.recommend(entries([("5", "1"), ("4", "1"), ("5", "1")]))
        #expect(r.markCount == 3)
        #expect(r.average == Ratio(numerator: 14, denominator: 3))
        #expect(r.mark == .mark(5))   // 4.67 ≥ 4.60
    }

    @Test func oneBelowTheMinimumIsNotAttestedButKeepsTheAverage() {
        let r = AttestationRules.default.recommend(entries([("5", "3"), ("5", "3"), ("н", "1")]))
        #expect(r.markCount == 2)
        #expect(r.average == Ratio(5))
        #expect(r.mark == .notAttested)
        #expect(r.mark.description == "н/а")
    }

    @Test func aDoubleMarkCountsTwoTowardsTheMinimum() {
        let r = AttestationRules.default.recommend(entries([("5/4", "1"), ("4", "1")]))
        #expect(r.markCount == 3)
        #expect(r.average == Ratio(numerator: 13, denominator: 3))
        #expect(r.mark == .mark(4))   // 4.33
    }

    @Test func nonNumericEntriesDoNotCountTowardsTheMinimum() {
        let r = AttestationRules.default.recommend(entries([("5", "1"), ("4", "1"), ("зч", "1"), ("•", "1"), ("осв", "1")]))
        #expect(r.markCount == 2)
        #expect(r.mark == .notAttested)
    }

    @Test func noMarksIsNotAttestedWithNoAverage() {
        let r = AttestationRules.default.recommend([])
        #expect(r.average == nil)
        #expect(r.markCount == 0)
        #expect(r.mark == .notAttested)
    }

    @Test func changedMinimumSetting() {
        let two = AttestationRules(minimumMarks: 2)
        let twoMarks = entries([("3", "1"), ("4", "2")])   // (3 + 8)/3 = 3.67
        #expect(two.recommend(twoMarks).mark == .mark(4))
        #expect(AttestationRules.default.recommend(twoMarks).mark == .notAttested)

        let five = AttestationRules(minimumMarks: 5)
        let fourMarks = entries([("5", "1"), ("5", "1"), ("5/5", "1")])
        #expect(five.recommend(fourMarks).markCount == 4)
        #expect(five.recommend(fourMarks).mark == .notAttested)
        let withFifth = five.recommend(fourMarks + entries([("2", "1")]))   // 22/5 = 4.40
        #expect(withFifth.markCount == 5)
        #expect(withFifth.average == h(440))
        #expect(withFifth.mark == .mark(4))
    }
}
