import Testing
import ZhurnalCore

/// Issue 12, item 9: scores far beyond any test's (`Int.max`, 15 digits) never trap on overflow:
/// a coefficient whose exact sums do not fit `Int128` is simply not given.
struct CorrelationOverflowTests {
    @Test(arguments: [Int.max, 999_999_999_999_999, Int.min])
    func hugeScoresNeverTrap(score: Int) {
        let sets: [[(x: Int, y: Int)]] = [
            [(x: score, y: 500), (x: 10, y: 300), (x: 20, y: 400), (x: score, y: 200)],
            [(x: score, y: 500), (x: 0, y: 200), (x: score / 2, y: 350)],
        ]
        for pairs in sets {
            let hundredths = Correlation(pairs)?.hundredths ?? 0
            #expect((-100...100).contains(hundredths))
        }
        #expect(Correlation([(x: score, y: 500), (x: score, y: 200), (x: score, y: 350), (x: 0, y: 100)]) == nil)
    }

    @Test func ordinaryScoresStillCorrelate() {
        #expect(Correlation([(x: 1000, y: 500), (x: 0, y: 200), (x: 500, y: 350)])?.shown == "1.00")
    }
}
