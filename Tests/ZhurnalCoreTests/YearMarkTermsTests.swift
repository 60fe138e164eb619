import Testing
@testable import ZhurnalCore

/// docs/rules.md §5: a term counts when it has lessons in the subject or a final mark for
/// the student — a school moving to Zhurnal in January keeps its autumn quarters.
@Suite struct YearMarkTermsTests {
    @Test func aTermCountsWithLessonsOrAFinalMark() {
        #expect(YearMark.counts(termHasLessons: true, hasFinalMark: false))
        #expect(YearMark.counts(termHasLessons: false, hasFinalMark: true))
        #expect(YearMark.counts(termHasLessons: true, hasFinalMark: true))
        #expect(!YearMark.counts(termHasLessons: false, hasFinalMark: false))
    }

    /// Imported autumn quarters 5 and 5 with spring quarters 4 and 4: mean 4.50 → 5 (ordinary
    /// rounding); without the imported terms it would be 4.
    @Test func importedTermsChangeTheYearMark() {
        #expect(YearMark.compute(terms: termMarks(["5", "5", "4", "4"])) == .mark(5))
        #expect(YearMark.compute(terms: termMarks(["4", "4"])) == .mark(4))
    }
}
