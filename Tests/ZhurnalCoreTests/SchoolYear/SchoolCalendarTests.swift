import Testing
@testable import ZhurnalCore

/// docs/rules.md §6: terms per parallel, holidays, weekday names.
@Suite struct SchoolCalendarTests {
    let halfYears = TermCalendar(terms: [Term(number: 1, start: d("2026-09-01"), end: d("2026-12-28")),
                                         Term(number: 2, start: d("2027-01-09"), end: d("2027-05-26"))])

    @Test func quartersForFiveToNineAndHalfYearsForTenAndEleven() {
        let school = SchoolCalendar(terms: .quarters(schoolYearStarting: 2026)).replacingTerms(with: halfYears, grades: GradeRange(10, 11))
        #expect(school.terms(forClass: "7А").terms.count == 4)
        #expect(school.terms(forClass: "10Б").terms.count == 2)
        #expect(school.terms(forClass: "11 А").terms == halfYears.terms)
        #expect(school.terms(forClass: "Кружок").terms.count == 4)
        #expect(school.gradeGroups.map(\.grades) == [GradeRange(10, 11)!])
    }

    @Test func termsForEveryGradeReplaceTheParallelsOwn() {
        let school = SchoolCalendar(terms: .quarters(schoolYearStarting: 2026)).replacingTerms(with: halfYears, grades: GradeRange(10, 11))
        let again = school.replacingTerms(with: .trimesters(schoolYearStarting: 2026), grades: nil)
        #expect(again.gradeTerms.isEmpty)
        #expect(again.terms(forClass: "10А").terms.count == 3)
    }

    @Test func gradeGroupsSplitWhereTablesDiffer() {
        let school = SchoolCalendar(terms: .quarters(schoolYearStarting: 2026))
            .replacingTerms(with: halfYears, grades: GradeRange(10, 11))
            .replacingTerms(with: .trimesters(schoolYearStarting: 2026), grades: GradeRange(5, 6))
            .replacingTerms(with: .trimesters(schoolYearStarting: 2026), grades: GradeRange(8, 8))
        #expect(school.gradeGroups.map(\.grades.description) == ["5-6", "8", "10-11"])
    }

    @Test func schoolDaysLieInTermsAndOutsideHolidays() {
        var school = SchoolCalendar(terms: .quarters(schoolYearStarting: 2026))
        school.holidays = [Holiday(start: d("2027-02-15"), end: d("2027-02-21"), grades: GradeRange(1, 1))]
        #expect(school.isSchoolDay(d("2027-02-16"), grade: 7))
        #expect(!school.isSchoolDay(d("2027-02-16"), grade: 1))
        #expect(school.isSchoolDay(d("2027-02-16"), grade: nil))
        #expect(!school.isSchoolDay(d("2027-07-01"), grade: 7))
        #expect(school.isSchoolDay(d("2027-02-15"), grade: 2))
        #expect(!school.isSchoolDay(d("2027-02-21"), grade: 1))
    }

    @Test func gradeRangesAndClassGrades() {
        #expect(GradeRange(parsing: "5-9") == GradeRange(5, 9))
        #expect(GradeRange(parsing: "10–11") == GradeRange(10, 11))
        #expect(GradeRange(parsing: " 7 ") == GradeRange(7, 7))
        for bad in ["", "9-5", "0-4", "12", "5-", "a-b", "5-9-11", "+5"] { #expect(GradeRange(parsing: bad) == nil, "\(bad)") }
        #expect(GradeRange.grade(ofClass: "7А") == 7)
        #expect(GradeRange.grade(ofClass: "11Б") == 11)
        #expect(GradeRange.grade(ofClass: "12А") == nil)
        #expect(GradeRange.grade(ofClass: "Хор") == nil)
    }

    @Test func weekdays() {
        #expect(Weekday.parse("1") == 1)
        #expect(Weekday.parse("ПН") == 1)
        #expect(Weekday.parse("вс") == 7)
        #expect(Weekday.parse("Среда") == 3)
        #expect(Weekday.parse("fri") == 5)
        for bad in ["0", "8", "", "пнд", "-1"] { #expect(Weekday.parse(bad) == nil, "\(bad)") }
        #expect(d("2026-09-07").weekday == 1)
    }
}
