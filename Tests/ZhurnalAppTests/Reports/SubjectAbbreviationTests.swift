import Testing
@testable import ZhurnalApp

/// Column headers of the summary sheets: the usual school abbreviations, else a cut of the name.
@Suite struct SubjectAbbreviationTests {
    @Test func usualSubjectsGetTheirSchoolAbbreviations() {
        #expect(SummaryText.abbreviation("Русский язык") == "Рус")
        #expect(SummaryText.abbreviation("Английский язык") == "Англ")
        #expect(SummaryText.abbreviation("алгебра") == "Алг")
        #expect(SummaryText.abbreviation("Физика") == "Физ")
        #expect(SummaryText.abbreviation("Физическая культура") == "Физк")
    }

    @Test func otherSubjectsAreCut() {
        #expect(SummaryText.abbreviation("Астрономия") == "Астр")
        #expect(SummaryText.abbreviation("Испанский язык") == "Испа")
        #expect(SummaryText.abbreviation("Мировая художественная культура") == "Мирх")
        #expect(SummaryText.abbreviation("") == "")
    }
}
