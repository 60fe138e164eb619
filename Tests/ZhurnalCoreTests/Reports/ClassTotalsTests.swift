import Testing
@testable import ZhurnalCore

/// `ClassTotals` and `MarkCounts`: the class's totals over its students' categories, and one
/// student's counting marks by value.
@Suite struct ClassTotalsTests {
    @Test func totalsByHand() {
        let totals = ClassTotals(categories: [.excellent, .good, .good, .oneThree, .failing, .other])
        #expect([totals.students, totals.excellent, totals.good, totals.oneThree, totals.failing] == [6, 1, 2, 1, 1])
        // успеваемость (6 − 1)/6 = 83.33; качество (1 + 2)/6 = 50.00
        #expect(totals.progress?.shown == "83.33")
        #expect(totals.quality?.shown == "50.00")
    }

    @Test func aClassWithNobodyHasNoPercentages() {
        let totals = ClassTotals(categories: [])
        #expect(totals.students == 0)
        #expect(totals.progress == nil && totals.quality == nil)
    }

    @Test func noneAndAllPassing() {
        let failing = ClassTotals(categories: [.failing, .failing])
        #expect(failing.progress?.shown == "0.00" && failing.quality?.shown == "0.00")
        let excellent = ClassTotals(categories: [.excellent, .excellent, .excellent])
        #expect(excellent.progress?.shown == "100.00" && excellent.quality?.shown == "100.00")
    }

    @Test func percentagesAreExactAndShownHalfUp() {
        // 799 of 800 passing: 99.875 exactly, shown 99.88; качество 1/800 = 0.125, shown 0.13.
        let totals = ClassTotals(categories: [.excellent] + Array(repeating: .other, count: 798) + [.failing])
        #expect(totals.progress == Ratio(numerator: 99_875, denominator: 1000))
        #expect(totals.progress?.shown == "99.88")
        #expect(totals.quality?.shown == "0.13")
    }

    @Test func markCountsByValue() {
        let counts = MarkCounts(termMarks(["5", "5", "4", "3", "2", "1", "н/а", "осв"]))
        #expect(counts.columns == [2, 1, 1, 2, 1])
        #expect((counts.fives, counts.fours, counts.threes, counts.twos, counts.notAttested) == (2, 1, 1, 2, 1))
    }

    @Test func markCountsOfNothingOrOnlyNotAttested() {
        #expect(MarkCounts([]).columns == [0, 0, 0, 0, 0])
        #expect(MarkCounts([.exempt, .exempt]).columns == [0, 0, 0, 0, 0])
        #expect(MarkCounts([.notAttested, .notAttested]).columns == [0, 0, 0, 0, 2])
    }
}
