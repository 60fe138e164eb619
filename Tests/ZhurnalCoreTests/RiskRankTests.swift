import Testing
@testable import ZhurnalCore

/// docs/progress.md, "Risk zone and decline": the decline signal is apart from the risk zone, and
/// risk lists are ranked — projected «2» or н/а first, then by current average, then by number of
/// reasons.
@Suite struct RiskRankTests {
    let settings = SchoolSettings.defaults(schoolYearStarting: 2026)
    let term = Term(number: 1, start: d("2026-09-01"), end: d("2026-10-31"))

    /// A good student (4.00 before, 3.50 in the last 30 days) declines; he is not at risk.
    @Test func aDeclineAloneIsNotRisk() {
        let lessons = [lesson("2026-09-10", "5"), lesson("2026-09-11", "4"), lesson("2026-09-12", "3"),
                       lesson("2026-10-10", "4"), lesson("2026-10-11", "3")]
        let reasons = RiskAssessment.reasons(lessons, term: term, asOf: d("2026-10-30"), settings: settings)
        #expect(reasons == [.falling(h(-50))])
        #expect(!RiskAssessment.isAtRisk(reasons))
        #expect(!RiskReason.falling(h(-50)).isRisk)
    }

    /// A student at risk gets his risk reasons only: the decline is not listed beside them.
    @Test func atRiskHidesTheDecline() {
        let lessons = [lesson("2026-09-10", "4"), lesson("2026-09-11", "4"),
                       lesson("2026-10-10", "2"), lesson("2026-10-11", "2")]
        let reasons = RiskAssessment.reasons(lessons, term: term, asOf: d("2026-10-30"), settings: settings)
        // average 3.00 (not below 3.00), two 2s among four marks, trend 2.00 − 4.00 = −2.00
        #expect(reasons == [.twos(count: 2, among: 4)])
        #expect(RiskAssessment.isAtRisk(reasons))
    }

    @Test func projectedFailingComesFirst() {
        let failingHigh = RiskRank(projected: .mark(2), average: h(260), reasons: 1)
        let notAttested = RiskRank(projected: .notAttested, average: h(450), reasons: 1)
        let passingLow = RiskRank(projected: .mark(3), average: h(250), reasons: 3)
        #expect([passingLow, notAttested, failingHigh].sorted() == [failingHigh, notAttested, passingLow])
    }

    @Test func thenLowerAverageThenMoreReasons() {
        let noMarks = RiskRank(projected: .notAttested, average: nil, reasons: 1)
        let low = RiskRank(projected: .mark(2), average: h(200), reasons: 1)
        let lowMore = RiskRank(projected: .mark(2), average: h(200), reasons: 3)
        let higher = RiskRank(projected: .mark(2), average: h(240), reasons: 5)
        #expect([higher, low, lowMore, noMarks].sorted() == [noMarks, lowMore, low, higher])
    }

    @Test func exemptIsNotFailing() {
        #expect(!RiskRank(projected: .exempt, average: nil, reasons: 1).projectedFailing)
        #expect(RiskRank(projected: .mark(1), average: h(100), reasons: 1).projectedFailing)
    }

    @Test func aStudentsRankIsHisFirstSubjectsWithEveryReason() {
        let a = RiskRank(projected: .mark(3), average: h(280), reasons: 1)
        let b = RiskRank(projected: .mark(2), average: h(230), reasons: 2)
        #expect(RiskRank.combined([a, b]) == RiskRank(projected: .mark(2), average: h(230), reasons: 3))
        #expect(RiskRank.combined([]) == nil)
    }
}
