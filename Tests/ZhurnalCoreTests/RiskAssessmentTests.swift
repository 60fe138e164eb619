import Testing
@testable import ZhurnalCore

/// docs/progress.md, "Risk zone and decline": every risk rule at its boundary, and each one
/// switched off.
@Suite struct RiskAssessmentTests {
    let settings = SchoolSettings.defaults(schoolYearStarting: 2026)
    let term = Term(number: 1, start: d("2026-09-01"), end: d("2026-10-31"))
    let early = d("2026-09-30")   // 31 days left in the term

    func reasons(_ lessons: [DatedEntry], asOf: LocalDate? = nil, settings: SchoolSettings? = nil) -> [RiskReason] {
        RiskAssessment.reasons(lessons, term: term, asOf: asOf ?? early, settings: settings ?? self.settings)
    }

    @Test func averageBelowThreeAtItsBoundary() {
        let atThree = [lesson("2026-09-01", "3"), lesson("2026-09-02", "4"), lesson("2026-09-03", "2")]
        #expect(reasons(atThree).isEmpty)
        // (3 × 0.99 + 2 × 0.01) / 1.00 = 2.99
        let below = [lesson("2026-09-01", "3", "0.99"), lesson("2026-09-02", "2", "0.01")]
        #expect(reasons(below) == [.lowAverage(h(299))])
        var off = settings
        off.risk.averageBelow = nil
        #expect(reasons(below, settings: off).isEmpty)
    }

    @Test func twoTwosAmongTheLastFiveMarks() {
        let one = ["2", "5", "5", "5", "5"].enumerated().map { lesson("2026-09-0\($0.offset + 1)", $0.element) }
        #expect(reasons(one).isEmpty)
        let two = ["5", "2", "5", "5", "5", "2"].enumerated().map { lesson("2026-09-0\($0.offset + 1)", $0.element) }
        #expect(reasons(two) == [.twos(count: 2, among: 5)])
        // the first 2 falls out of the last five
        let old = ["2", "5", "5", "5", "5", "2"].enumerated().map { lesson("2026-09-0\($0.offset + 1)", $0.element) }
        #expect(reasons(old).isEmpty)
        var off = settings
        off.risk.twos = nil
        #expect(reasons(two, settings: off).isEmpty)
    }

    @Test func trendAtMostMinusHalf() {
        // earlier window 1–30 Sep (asOf 30 Oct), marks (4,4) → 4.00 vs recent
        let asOf = d("2026-10-30")
        func lessons(_ recent: [(String, String)]) -> [DatedEntry] {
            [lesson("2026-09-10", "4"), lesson("2026-09-11", "4"), lesson("2026-09-12", "4"), lesson("2026-09-13", "4")]
                + recent.enumerated().map { lesson("2026-10-1\($0.offset)", $0.element.0, $0.element.1) }
        }
        let exactly = lessons([("4", "1"), ("3", "1")])          // 3.50 − 4.00 = −0.50
        #expect(reasons(exactly, asOf: asOf) == [.falling(h(-50))])
        let less = lessons([("4", "0.51"), ("3", "0.49")])        // 3.51 − 4.00 = −0.49
        #expect(reasons(less, asOf: asOf).isEmpty)
        var off = settings
        off.risk.trendAtMost = nil
        #expect(reasons(exactly, asOf: asOf, settings: off).isEmpty)
    }

    @Test func fewMarksUnderThreeWeeksLeft() {
        let two = [lesson("2026-09-01", "4"), lesson("2026-09-02", "4")]
        #expect(reasons(two, asOf: d("2026-10-10")).isEmpty)               // 21 days left
        #expect(reasons(two, asOf: d("2026-10-11")) == [.fewMarks(count: 2, minimum: 3, daysLeft: 20)])
        let three = two + [lesson("2026-09-03", "4")]
        #expect(reasons(three, asOf: d("2026-10-11")).isEmpty)
        var off = settings
        off.risk.fewMarksWeeksLeft = nil
        #expect(reasons(two, asOf: d("2026-10-11"), settings: off).isEmpty)
    }

    @Test func absencesOverThirtyPercent() {
        func lessons(missed: Int, of total: Int) -> [DatedEntry] {
            (0..<total).map { i in
                lesson(LocalDate(dayNumber: d("2026-09-01").dayNumber + i).iso, i < missed ? (i % 2 == 0 ? "н" : "б") : "5")
            }
        }
        #expect(reasons(lessons(missed: 3, of: 10)).isEmpty)               // exactly 30%
        #expect(reasons(lessons(missed: 4, of: 10)) == [.absences(missed: 4, lessons: 10)])
        let late = (0..<10).map { i in lesson(LocalDate(dayNumber: d("2026-09-01").dayNumber + i).iso, i < 5 ? "оп" : "5") }
        #expect(reasons(late).isEmpty)                                     // being late is not missing
        var off = settings
        off.risk.absencePercentOver = nil
        #expect(reasons(lessons(missed: 4, of: 10), settings: off).isEmpty)
    }

    @Test func exemptLessonsAreNotLessons() {
        let exempt = [lesson("2026-09-01", "осв"), lesson("2026-09-02", "осв")]
        #expect(reasons(exempt, asOf: d("2026-10-31")).isEmpty)
        let partly = [lesson("2026-09-01", "осв"), lesson("2026-09-02", "осв"), lesson("2026-09-03", "н"),
                      lesson("2026-09-04", "5"), lesson("2026-09-05", "5"), lesson("2026-09-06", "5")]
        #expect(reasons(partly).isEmpty)   // 1 of 4 lessons missed: 25%
    }

    @Test func lessonsAfterTheDateAreNotSeen() {
        let later = [lesson("2026-09-01", "5"), lesson("2026-09-02", "5"), lesson("2026-09-03", "5"),
                     lesson("2026-10-05", "2"), lesson("2026-10-06", "2")]
        #expect(reasons(later).isEmpty)
    }

    @Test func reasonCodes() {
        #expect([RiskReason.lowAverage(h(0)), .twos(count: 2, among: 5), .falling(h(-50)),
                 .fewMarks(count: 0, minimum: 3, daysLeft: 0), .absences(missed: 1, lessons: 2)].map(\.code)
                == ["low_average", "twos", "falling", "few_marks", "absences"])
    }
}
