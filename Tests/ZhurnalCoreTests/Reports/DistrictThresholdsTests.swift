import Testing
@testable import ZhurnalCore

/// The district roll-up's maths: a school's statistics as its classes' added
/// (`ClassStatistics.total`) and the ШНОР thresholds (`DistrictThresholds`).
@Suite struct DistrictThresholdsTests {
    static func statistics(_ marks: [String], tooFewMarks: Int = 0) -> ClassStatistics {
        ClassStatistics(termMarks: termMarks(marks), tooFewMarks: tooFewMarks)
    }

    @Test func theTotalAddsEveryCount() {
        let a = Self.statistics(["5", "4", "осв", "н/а"], tooFewMarks: 1), b = Self.statistics(["3", "2", "1", "5"])
        let total = ClassStatistics.total([a, b])
        #expect(total == Self.statistics(["5", "4", "осв", "н/а", "3", "2", "1", "5"], tooFewMarks: 1))
        #expect((total.enrolled, total.exempt, total.tooFewMarks, total.counted) == (9, 1, 1, 7))
        // средний балл over the numeric marks of both: (5 + 4 + 3 + 2 + 1 + 5)/6 = 3.33
        #expect(total.meanMark?.shown == "3.33")
        #expect(total.sou == Ratio(numerator: 100 + 64 + 7 + 36 + 16 + 16 + 100, denominator: 7))
    }

    @Test func aSchoolWithNoResultsAddsNothing() {
        let empty = ClassStatistics.total([])
        #expect(empty == ClassStatistics(termMarks: []))
        #expect(empty.counted == 0 && empty.progress == nil && empty.sou == nil && empty.meanMark == nil)
        let a = Self.statistics(["5", "3"])
        #expect(ClassStatistics.total([a, empty, ClassStatistics(termMarks: [])]) == a)
    }

    @Test func belowTheThresholdsByHand() {
        let thresholds = DistrictThresholds()
        #expect((thresholds.progress, thresholds.quality, thresholds.sou) == (Ratio(85), Ratio(30), Ratio(40)))
        // 5 4 3 2: 75.00, 50.00, СОУ 54.00 → успеваемость only
        #expect(thresholds.below(Self.statistics(["5", "4", "3", "2"])) == [.progress])
        // 5 5 4 4: 100, 100, 82 → none
        #expect(thresholds.below(Self.statistics(["5", "5", "4", "4"])).isEmpty)
        // 3 3 2 2: 50, 0, 26 → all three, in order
        #expect(thresholds.below(Self.statistics(["3", "3", "2", "2"])) == [.progress, .quality, .sou])
    }

    @Test func aFigureExactlyAtItsThresholdIsNotBelow() {
        // 17 of 20 passing = 85.00 exactly: not below 85; 33 of 39 = 84.615… is.
        let at = Self.statistics(Array(repeating: "4", count: 17) + ["2", "2", "2"])
        #expect(!DistrictThresholds().below(at).contains(.progress))
        let under = Self.statistics(Array(repeating: "4", count: 33) + Array(repeating: "2", count: 6))
        #expect(under.progress?.shown == "84.62")
        #expect(DistrictThresholds().below(under).contains(.progress))
        // Compared exactly, not as shown: 84.996… shows 85.00 but is below.
        let shownAsEightyFive = Self.statistics(Array(repeating: "4", count: 5666) + Array(repeating: "2", count: 1000))
        #expect(shownAsEightyFive.progress?.shown == "85.00")
        #expect(DistrictThresholds().below(shownAsEightyFive).contains(.progress))
    }

    @Test func aSchoolWithNobodyCountedIsNeverFlagged() {
        let zero = DistrictThresholds(progress: Ratio(100), quality: Ratio(100), sou: Ratio(100))
        #expect(zero.below(ClassStatistics(termMarks: [])).isEmpty)
        #expect(zero.below(Self.statistics(["осв", "осв"])).isEmpty)
        #expect(zero.below(Self.statistics([], tooFewMarks: 3)).isEmpty)
        // 0 % is below any positive threshold; 100 % below none.
        #expect(zero.below(Self.statistics(["н/а"])) == [.progress, .quality, .sou])
        #expect(zero.below(Self.statistics(["5"])).isEmpty)
    }
}
