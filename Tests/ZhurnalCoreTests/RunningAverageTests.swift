import Testing
@testable import ZhurnalCore

/// docs/progress.md, "Running average": the running weighted average after each dated mark.
@Suite struct RunningAverageTests {
    @Test func handComputedSeries() {
        // 2×1.4 → 2.00; + 4×1.4 → 8.4/2.8 = 3.00; + 5×1.2 → 14.4/4.0 = 3.60.
        let points = RunningAverage.series([lesson("2026-09-01", "2", "1.4"), lesson("2026-09-08", "4", "1.4"),
                                            lesson("2026-09-15", "5", "1.2")])
        #expect(points.map(\.date) == [d("2026-09-01"), d("2026-09-08"), d("2026-09-15")])
        #expect(points.map(\.average) == [h(200), h(300), h(360)])
    }

    @Test func unsortedInputAndSameDayMarksGiveOnePointPerDay() {
        let points = RunningAverage.series([lesson("2026-09-10", "3", "3"), lesson("2026-09-02", "5"),
                                            lesson("2026-09-10", "4")])
        // 5 → 5.00; then (5 + 9 + 4) / 5 = 3.60 at the end of 10 September.
        #expect(points == [AveragePoint(date: d("2026-09-02"), average: h(500)),
                           AveragePoint(date: d("2026-09-10"), average: h(360))])
    }

    @Test func doubleMarksCountTwiceAndOtherEntriesAddNoPoint() {
        let points = RunningAverage.series([lesson("2026-09-01", "н"), lesson("2026-09-02", "5/4", "2"),
                                            lesson("2026-09-03", nil), lesson("2026-09-04", "зч")])
        #expect(points == [AveragePoint(date: d("2026-09-02"), average: h(450))])
    }

    @Test func noMarksNoPoints() {
        #expect(RunningAverage.series([]).isEmpty)
        #expect(RunningAverage.average([lesson("2026-09-01", "н")], in: d("2026-09-01")...d("2026-09-30")) == nil)
    }

    @Test func averageInARangeIncludesBothEnds() {
        let lessons = [lesson("2026-09-01", "5"), lesson("2026-09-30", "3"), lesson("2026-10-01", "2")]
        #expect(RunningAverage.average(lessons, in: d("2026-09-01")...d("2026-09-30")) == h(400))
    }
}
