import Testing
@testable import ZhurnalCore

/// docs/rules.md §7: while a term is still running, a student whose н/а comes only
/// from too few marks so far is «мало отметок» (not yet attested), outside N; after the term's
/// end he is н/а and stays in N.
@Suite struct InterimStatisticsTests {
    let rules = AttestationRules.default

    private func recommend(_ marks: [String]) -> Recommendation {
        rules.recommend(entries(marks.map { ($0, "1") }))
    }

    @Test func tooFewMarksOnlyWhileTheTermRuns() {
        let two = recommend(["5", "4"])
        #expect(two.mark == .notAttested)
        #expect(rules.isTooFewMarksSoFar(two, termRunning: true))
        #expect(!rules.isTooFewMarksSoFar(two, termRunning: false))
        #expect(!rules.isTooFewMarksSoFar(recommend(["5", "4", "4"]), termRunning: true))
        #expect(rules.isTooFewMarksSoFar(recommend([]), termRunning: true))
        // exempt from everything: осв, never short of marks
        #expect(!rules.isTooFewMarksSoFar(recommend(["осв", "осв"]), termRunning: true))
    }

    @Test func interimStatisticsLeaveThemOutOfN() {
        let recommendations = [recommend(["5", "5", "5"]), recommend(["4", "5"]), recommend(["2", "2", "3"]), recommend([])]
        let running = ClassStatistics(finals: [nil, nil, nil, nil], recommendations: recommendations, rules: rules, termRunning: true)
        #expect((running.enrolled, running.tooFewMarks, running.counted, running.notAttested) == (4, 2, 2, 0))
        #expect(running.progress == h(5000))   // one 5 of two attested
        let over = ClassStatistics(finals: [nil, nil, nil, nil], recommendations: recommendations, rules: rules, termRunning: false)
        #expect((over.enrolled, over.tooFewMarks, over.counted, over.notAttested) == (4, 0, 4, 2))
        #expect(over.progress == h(2500))
    }

    @Test func aFinalMarkCountsEvenWithFewMarks() {
        let stats = ClassStatistics(finals: [.mark(4), nil], recommendations: [recommend(["4"]), recommend(["4"])],
                                    rules: rules, termRunning: true)
        #expect((stats.n4, stats.tooFewMarks, stats.counted) == (1, 1, 1))
    }

    /// Before any mark nobody is attested: every percentage is empty, never 0.00%.
    @Test func noMarkYetGivesNoPercentages() {
        let stats = ClassStatistics(finals: [nil, nil, nil], recommendations: Array(repeating: recommend([]), count: 3),
                                    rules: rules, termRunning: true)
        #expect(stats.counted == 0)
        #expect(stats.progress == nil && stats.quality == nil && stats.sou == nil && stats.meanMark == nil)
    }
}
