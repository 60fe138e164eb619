import Testing
@testable import ZhurnalCore

/// docs/rules.md §5: the mean of the final term marks, ordinary rounding (4.50/3.50/2.50)
/// half-up; any `н/а` leaves the mark to the teacher.
@Suite struct YearMarkTests {
    @Test func meanExactlyOnHalfRoundsUp() {
        #expect(YearMark.compute(terms: termMarks(["4", "3"])) == .mark(4))           // 3.50
        #expect(YearMark.compute(terms: termMarks(["5", "4"])) == .mark(5))           // 4.50
        #expect(YearMark.compute(terms: termMarks(["3", "2"])) == .mark(3))           // 2.50
        #expect(YearMark.compute(terms: termMarks(["5", "4", "4", "5"])) == .mark(5)) // 4.50
        #expect(YearMark.compute(terms: termMarks(["4", "4", "3", "3"])) == .mark(4)) // 3.50
    }

    @Test func meanBelowHalfRoundsDown() {
        #expect(YearMark.compute(terms: termMarks(["5", "4", "4"])) == .mark(4))      // 4.33
        #expect(YearMark.compute(terms: termMarks(["4", "3", "3"])) == .mark(3))      // 3.33
        #expect(YearMark.compute(terms: termMarks(["5", "4", "4", "4"])) == .mark(4)) // 4.25
        #expect(YearMark.compute(terms: termMarks(["3", "2", "2"])) == .mark(2))      // 2.33
        #expect(YearMark.compute(terms: termMarks(["5", "5", "4"])) == .mark(5))      // 4.67
        #expect(YearMark.compute(terms: termMarks(["2", "2", "2", "2"])) == .mark(2))
        #expect(YearMark.compute(terms: termMarks(["5", "5", "5", "5"])) == .mark(5))
    }

    @Test func anyNotAttestedTermLeavesItToTheTeacher() {
        #expect(YearMark.compute(terms: termMarks(["5", "5", "н/а", "5"])) == .teacherDecides)
        #expect(YearMark.compute(terms: termMarks(["н/а"])) == .teacherDecides)
        #expect(YearMark.compute(terms: termMarks(["осв", "н/а"])) == .teacherDecides)
    }

    @Test func allExemptIsExempt() {
        #expect(YearMark.compute(terms: termMarks(["осв", "осв", "осв", "осв"])) == .exempt)
        #expect(YearMark.compute(terms: termMarks(["осв"])) == .exempt)
    }

    @Test func exemptTermsAreSkippedInTheMean() {
        // 4,3 → 3.50 → 4; with осв counted as 0 it would be 2.33 → 2
        #expect(YearMark.compute(terms: termMarks(["осв", "4", "осв", "3"])) == .mark(4))
        #expect(YearMark.compute(terms: termMarks(["осв", "5", "4", "4"])) == .mark(4))  // 4.33
        #expect(YearMark.compute(terms: termMarks(["осв", "5"])) == .mark(5))
    }

    @Test func noTermMarksIsNone() {
        #expect(YearMark.compute(terms: []) == .none)
    }

    @Test func ownThresholdTable() {
        // With the term table (4.60/3.60/2.60) 4,5 → 4.50 gives a 4, with the year default a 5.
        #expect(YearMark.compute(terms: termMarks(["5", "4"]), thresholds: .default) == .mark(4))
        #expect(YearMark.compute(terms: termMarks(["5", "4"]), thresholds: .ordinaryRounding) == .mark(5))
        #expect(SchoolSettings.defaults(schoolYearStarting: 2026).yearThresholds == .ordinaryRounding)
    }
}
