import Testing
@testable import ZhurnalCore

/// docs/user-guide.md §17: at the year's end every class moves up a grade, the 9th and
/// 11th graduate, the calendar moves a year on.
@Suite struct YearTransitionTests {
    @Test func classesMoveUpAGrade() {
        #expect(YearTransition.fate(ofClass: "7А") == .movesUp(to: "8А"))
        #expect(YearTransition.fate(ofClass: "1Б") == .movesUp(to: "2Б"))
        #expect(YearTransition.fate(ofClass: "10А") == .movesUp(to: "11А"))
        #expect(YearTransition.fate(ofClass: "8-В") == .movesUp(to: "9-В"))
    }

    @Test func ninthAndEleventhGraduate() {
        #expect(YearTransition.fate(ofClass: "9А") == .graduates)
        #expect(YearTransition.fate(ofClass: "11Б") == .graduates)
    }

    @Test func aClassWithoutAGradeStays() {
        #expect(YearTransition.fate(ofClass: "Кружок") == .stays)
    }

    @Test func theYearEndsOnTheLatestLastDayOfAnyTermTable() {
        var calendar = SchoolCalendar(terms: .quarters(schoolYearStarting: 2026))
        #expect(YearTransition.lastDay(of: calendar) == d("2027-05-31"))
        calendar.gradeTerms[11] = TermCalendar(terms: [Term(number: 1, start: d("2026-09-01"), end: d("2027-06-20"))])
        #expect(YearTransition.lastDay(of: calendar) == d("2027-06-20"))
        #expect(YearTransition.lastDay(of: SchoolCalendar(terms: TermCalendar(terms: []))) == nil)
    }

    @Test func theCalendarMovesAYearOn() {
        let calendar = SchoolCalendar(terms: .quarters(schoolYearStarting: 2026),
                                      gradeTerms: [10: .semesters(schoolYearStarting: 2026)],
                                      holidays: [Holiday(start: d("2027-02-22"), end: d("2027-02-28"), grades: GradeRange(1, 1))])
        let next = YearTransition.nextCalendar(calendar)
        #expect(next.terms == .quarters(schoolYearStarting: 2027))
        #expect(next.gradeTerms[10] == .semesters(schoolYearStarting: 2027))
        #expect(next.holidays == [Holiday(start: d("2028-02-22"), end: d("2028-02-28"), grades: GradeRange(1, 1))])
        #expect(YearTransition.yearLater(d("2028-02-29")) == d("2029-02-28"))
    }
}
