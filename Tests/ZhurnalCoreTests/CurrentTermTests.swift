import Testing
@testable import ZhurnalCore

/// The one rule for "the current term" that the journal page, the attendance page and the reports
/// share (`TermCalendar.current(on:lessonDates:)`, `opening(on:lessonDates:)`, `term(after:)`).
@Suite struct CurrentTermTests {
    let calendar = TermCalendar.quarters(schoolYearStarting: 2026)

    @Test func insideTheYearTheTermContainingTodayWhateverTheLessons() {
        #expect(calendar.current(on: d("2026-11-02")).number == 2)
        #expect(calendar.current(on: d("2026-11-02"), lessonDates: [d("2026-09-10")]).number == 2)
    }

    @Test func inAHolidayBetweenTermsTheLastBegun() {
        let gapped = TermCalendar(terms: [Term(number: 1, start: d("2026-09-01"), end: d("2026-10-26")),
                                          Term(number: 2, start: d("2026-11-05"), end: d("2026-12-28"))])
        #expect(gapped.current(on: d("2026-11-01")).number == 1)
        #expect(gapped.current(on: d("2026-12-30")).number == 2)
    }

    @Test func outsideTheYearTheLastTermWithALessonElseTheLastBegunElseTheFirst() {
        #expect(calendar.current(on: d("2027-07-01"), lessonDates: [d("2026-09-10"), d("2027-02-01")]).number == 3)
        #expect(calendar.current(on: d("2027-07-01")).number == 4)
        #expect(calendar.current(on: d("2026-08-20")).number == 1)
    }

    @Test func lessonDatesAreReadOnlyOutsideTheYear() {
        var read = 0
        func dates() -> [LocalDate] { read += 1; return [] }
        _ = calendar.current(on: d("2026-10-01"), lessonDates: dates())
        #expect(read == 0)
        _ = calendar.current(on: d("2027-07-01"), lessonDates: dates())
        #expect(read == 1)
    }

    @Test func aPageOpensInTheCurrentTermWhenItHasALessonElseTheLatestThatHas() {
        #expect(calendar.opening(on: d("2026-11-10"), lessonDates: [d("2026-09-10"), d("2026-11-09")]).number == 2)
        #expect(calendar.opening(on: d("2026-11-02"), lessonDates: [d("2026-09-10"), d("2026-10-30")]).number == 1)
        #expect(calendar.opening(on: d("2026-11-02"), lessonDates: []).number == 2)
        #expect(calendar.opening(on: d("2027-08-01"), lessonDates: [d("2027-01-20")]).number == 3)
    }

    @Test func theTermAfterTheLastIsTheFirst() {
        #expect(calendar.term(after: calendar.terms[0]).number == 2)
        #expect(calendar.term(after: calendar.terms[3]).number == 1)
    }
}
