import Testing
@testable import ZhurnalCore

/// docs/rules.md §6: four quarters by default (1 Sep – 31 Oct, 1 Nov – 31 Dec, 1 Jan – 31 Mar,
/// 1 Apr – 31 May); trimesters and semesters as settings.
@Suite struct TermCalendarTests {
    @Test func quartersOf2026() {
        let c = TermCalendar.quarters(schoolYearStarting: 2026)
        #expect(c.terms.map(\.number) == [1, 2, 3, 4])
        #expect(c.terms.map(\.start) == [d("2026-09-01"), d("2026-11-01"), d("2027-01-01"), d("2027-04-01")])
        #expect(c.terms.map(\.end) == [d("2026-10-31"), d("2026-12-31"), d("2027-03-31"), d("2027-05-31")])
        #expect(c.isValid)
        #expect(c.yearRange == d("2026-09-01")...d("2027-05-31"))
    }

    @Test func quarterBoundaries() {
        let c = TermCalendar.quarters(schoolYearStarting: 2026)
        #expect(c.term(containing: d("2026-09-01"))?.number == 1)
        #expect(c.term(containing: d("2026-10-31"))?.number == 1)
        #expect(c.term(containing: d("2026-11-01"))?.number == 2)
        #expect(c.term(containing: d("2026-12-31"))?.number == 2)
        #expect(c.term(containing: d("2027-01-01"))?.number == 3)
        #expect(c.term(containing: d("2027-03-31"))?.number == 3)
        #expect(c.term(containing: d("2027-04-01"))?.number == 4)
        #expect(c.term(containing: d("2027-05-31"))?.number == 4)
        #expect(c.term(containing: d("2027-06-01")) == nil)
        #expect(c.term(containing: d("2026-08-31")) == nil)
        #expect(c.term(containing: d("2026-01-01")) == nil)   // last school year's January
        #expect(c.term(containing: d("2027-09-01")) == nil)
    }

    @Test func lookupByNumber() {
        let c = TermCalendar.quarters(schoolYearStarting: 2026)
        #expect(c.term(number: 3)?.start == d("2027-01-01"))
        #expect(c.term(number: 0) == nil)
        #expect(c.term(number: 5) == nil)
    }

    @Test func trimestersInALeapYear() {
        let c = TermCalendar.trimesters(schoolYearStarting: 2027)   // February 2028 has 29 days
        #expect(c.terms.map(\.start) == [d("2027-09-01"), d("2027-12-01"), d("2028-03-01")])
        #expect(c.terms.map(\.end) == [d("2027-11-30"), d("2028-02-29"), d("2028-05-31")])
        #expect(c.term(containing: d("2028-02-29"))?.number == 2)
        #expect(c.term(containing: d("2028-03-01"))?.number == 3)
        #expect(c.term(containing: d("2027-11-30"))?.number == 1)
        #expect(c.term(containing: d("2027-12-01"))?.number == 2)
        #expect(c.isValid)
    }

    @Test func trimestersInACommonYear() {
        let c = TermCalendar.trimesters(schoolYearStarting: 2026)
        #expect(c.terms[1].end == d("2027-02-28"))
        #expect(c.term(containing: d("2027-03-01"))?.number == 3)
        #expect(c.isValid)
    }

    @Test func semesters() {
        let c = TermCalendar.semesters(schoolYearStarting: 2026)
        #expect(c.terms.map(\.start) == [d("2026-09-01"), d("2027-01-01")])
        #expect(c.terms.map(\.end) == [d("2026-12-31"), d("2027-05-31")])
        #expect(c.term(containing: d("2026-12-31"))?.number == 1)
        #expect(c.term(containing: d("2027-01-01"))?.number == 2)
        #expect(c.isValid)
    }

    @Test func schoolYearStart() {
        #expect(TermCalendar.schoolYearStart(for: d("2026-08-31")) == 2025)
        #expect(TermCalendar.schoolYearStart(for: d("2026-09-01")) == 2026)
        #expect(TermCalendar.schoolYearStart(for: d("2026-12-31")) == 2026)
        #expect(TermCalendar.schoolYearStart(for: d("2027-01-01")) == 2026)
        #expect(TermCalendar.schoolYearStart(for: d("2027-05-31")) == 2026)
    }

    @Test func validity() {
        let q = TermCalendar.quarters(schoolYearStarting: 2026).terms
        // overlapping: term 2 starts on the last day of term 1
        var overlapping = q
        overlapping[1].start = d("2026-10-31")
        #expect(!TermCalendar(terms: overlapping).isValid)
        var overlappingMore = q
        overlappingMore[2].start = d("2026-12-01")
        #expect(!TermCalendar(terms: overlappingMore).isValid)
        // a term that ends before it starts
        var backwards = q
        backwards[0].end = d("2026-08-31")
        #expect(!TermCalendar(terms: backwards).isValid)
        // numbering must be 1…n in order
        #expect(!TermCalendar(terms: [q[1], q[0]]).isValid)
        var misnumbered = q
        misnumbered[3].number = 5
        #expect(!TermCalendar(terms: misnumbered).isValid)
        #expect(!TermCalendar(terms: []).isValid)
        // a gap between terms (holidays) is fine, and a single-day term too
        var gap = q
        gap[1].start = d("2026-11-09")
        #expect(TermCalendar(terms: gap).isValid)
        #expect(TermCalendar(terms: [Term(number: 1, start: d("2026-09-01"), end: d("2026-09-01"))]).isValid)
        #expect(TermCalendar(terms: []).yearRange == nil)
    }

    @Test func termContainsBothEnds() {
        let t = Term(number: 1, start: d("2026-09-01"), end: d("2026-10-31"))
        #expect(t.contains(d("2026-09-01")))
        #expect(t.contains(d("2026-10-31")))
        #expect(!t.contains(d("2026-11-01")))
        #expect(!t.contains(d("2026-08-31")))
    }
}

/// A date typed without its year means that day in the calendar's school year (issue 13, item 8).
@Suite struct TypedDateTests {
    let calendar = TermCalendar.quarters(schoolYearStarting: 2026)

    @Test func dayAndMonthAreInThisSchoolYear() {
        #expect(calendar.date(parsing: "08.12") == d("2026-12-08"))
        #expect(calendar.date(parsing: "8.1") == d("2027-01-08"))
        #expect(calendar.date(parsing: "15.05.") == d("2027-05-15"))
        #expect(calendar.date(parsing: " 01.09 ") == d("2026-09-01"))
    }

    @Test func fullDatesAreReadAsBefore() {
        #expect(calendar.date(parsing: "08.12.2025") == d("2025-12-08"))
        #expect(calendar.date(parsing: "2027-01-08") == d("2027-01-08"))
    }

    @Test(arguments: ["31.02", "+1.09", "08", "08.13", "", "ab.cd", "123.09", "08.12.20x6"])
    func notADate(_ text: String) {
        #expect(calendar.date(parsing: text) == nil)
    }
}
