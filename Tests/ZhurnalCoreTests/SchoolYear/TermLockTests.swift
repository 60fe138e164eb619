import Testing
import ZhurnalCore

/// Locks of terms when parallels follow different calendars (docs/rules.md §6, locking): a lock
/// names its term by the calendar's kind.
@Suite struct TermLockTests {
    static let quarters = TermCalendar.quarters(schoolYearStarting: 2026)
    static let halfYears = TermCalendar.semesters(schoolYearStarting: 2026)
    static let november = LocalDate(year: 2026, month: 11, day: 16)!

    @Test func aDateLocksTheTermOfTheClassCalendar() {
        let school = SchoolCalendar(terms: Self.quarters, gradeTerms: [10: Self.halfYears, 11: Self.halfYears])
        #expect(TermLock(date: Self.november, calendar: school.terms(forClass: "7А")) == TermLock(term: 2, kind: .quarter))
        #expect(TermLock(date: Self.november, calendar: school.terms(forClass: "10Б")) == TermLock(term: 1, kind: .halfYear))
        #expect(TermLock(date: LocalDate(year: 2027, month: 7, day: 1)!, calendar: Self.quarters) == nil)
    }

    @Test func theSameNumberOfAnotherKindIsAnotherLock() {
        #expect(TermLock(term: 2, kind: .quarter) != TermLock(term: 2, kind: .halfYear))
        // The year is one for every calendar.
        #expect(TermLock(term: 0, kind: .quarter) == TermLock(term: 0, kind: .halfYear))
    }

    @Test func readsWhatItWritesAndOlderBareNumbers() {
        for lock in [TermLock(term: 2, kind: .quarter), TermLock(term: 1, kind: .halfYear), TermLock(term: 0, kind: .trimester)] {
            #expect(TermLock(parsing: lock.description, schoolKind: .trimester) == lock)
        }
        #expect(TermLock(term: 1, kind: .halfYear).description == "halfYear:1")
        #expect(TermLock(term: 0, kind: .quarter).description == "0")
        #expect(TermLock(parsing: "2", schoolKind: .quarter) == TermLock(term: 2, kind: .quarter))
        for bad in ["", "-1", "quarter:0", "week:2", "quarter:x", "a:b:c"] {
            #expect(TermLock(parsing: bad, schoolKind: .quarter) == nil, "\(bad)")
        }
    }
}
