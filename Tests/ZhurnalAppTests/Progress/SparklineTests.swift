import Testing
@testable import ZhurnalApp
import ZhurnalCore

@Suite struct SparklineTests {
    static func points(_ hundredths: [Int]) -> [AveragePoint] {
        hundredths.enumerated().map { AveragePoint(date: LocalDate(dayNumber: $0.offset), average: Ratio(hundredths: $0.element)) }
    }

    @Test func levelsFromTwoToFive() {
        #expect(Sparkline.render(Self.points([200, 250, 300, 350, 400, 450, 500]), width: 10) == "▁▂▃▅▆▇█")
        #expect(Sparkline.render(Self.points([100, 200, 500]), width: 10, ascii: true) == "__^")
    }

    @Test func keepsTheLastPointsThatFit() {
        #expect(Sparkline.render(Self.points([200, 500, 500]), width: 2) == "██")
        #expect(Sparkline.render([], width: 5).isEmpty)
        #expect(Sparkline.render(Self.points([400]), width: 0).isEmpty)
    }

    @Test func trendTextCarriesArrowAndSign() {
        let up = Trend(recent: Ratio(hundredths: 450), earlier: Ratio(hundredths: 400), direction: .up)
        #expect(ProgressText.trendText(up) == "↑ +0.50")
        #expect(ProgressText.trendText(Trend(recent: Ratio(4), earlier: Ratio(4), direction: .stable), ascii: true) == "= 0.00")
        #expect(ProgressText.trendText(nil) == "—")
    }
}
