import Foundation
import Testing
@testable import ZhurnalCore

/// Exact rational arithmetic and the half-up display of docs/rules.md §3 ("Shown half-up to two
/// decimals").
@Suite struct RatioTests {
    @Test func normalisesSignAndCommonFactors() {
        let r = Ratio(numerator: 6, denominator: -4)
        #expect(r.numerator == -3)
        #expect(r.denominator == 2)
        let s = Ratio(numerator: -10, denominator: -20)
        #expect(s.numerator == 1 && s.denominator == 2)
        let zero = Ratio(numerator: 0, denominator: -7)
        #expect(zero.numerator == 0 && zero.denominator == 1)
        #expect(zero == Ratio(0))
        #expect(Ratio(numerator: 360, denominator: 100) == Ratio(numerator: 18, denominator: 5))
        #expect(Ratio(hundredths: 360).denominator == 5)
        #expect(Ratio(7).numerator == 7 && Ratio(7).denominator == 1)
    }

    @Test func equalValuesHashEqually() {
        let set: Set<Ratio> = [Ratio(numerator: 1, denominator: 2), Ratio(numerator: 2, denominator: 4), Ratio(hundredths: 50)]
        #expect(set.count == 1)
    }

    @Test func arithmetic() {
        let third = Ratio(numerator: 1, denominator: 3)
        let sixth = Ratio(numerator: 1, denominator: 6)
        #expect(third + sixth == Ratio(numerator: 1, denominator: 2))
        #expect(third - sixth == sixth)
        #expect(sixth - third == Ratio(numerator: -1, denominator: 6))
        #expect(third * Ratio(3) == Ratio(1))
        #expect(Ratio(numerator: 2, denominator: 3) * Ratio(numerator: -3, denominator: 4) == Ratio(numerator: -1, denominator: 2))
        #expect(third / sixth == Ratio(2))
        #expect(Ratio(1) / Ratio(numerator: -2, denominator: 1) == Ratio(numerator: -1, denominator: 2))
        #expect((Ratio(1) / Ratio(numerator: -2, denominator: 1)).denominator == 2)
        // 0.1 + 0.2 is exactly 0.3 here
        #expect(h(10) + h(20) == h(30))
    }

    @Test func comparison() {
        #expect(Ratio(numerator: 1, denominator: 3) < Ratio(numerator: 1, denominator: 2))
        #expect(Ratio(numerator: -1, denominator: 2) < Ratio(numerator: -1, denominator: 3))
        #expect(h(359) < h(360))
        #expect(!(h(360) < Ratio(numerator: 18, denominator: 5)))
        #expect(Ratio(numerator: 18, denominator: 5) >= h(360))
        #expect(Ratio(numerator: 3599, denominator: 1000) < h(360))
        #expect([Ratio(3), Ratio(numerator: 5, denominator: 2), Ratio(-1)].sorted() == [Ratio(-1), Ratio(numerator: 5, denominator: 2), Ratio(3)])
    }

    @Test func halfUpToHundredths() {
        #expect(Ratio(numerator: 3605, denominator: 1000).shown == "3.61")
        #expect(Ratio(numerator: 4595, denominator: 1000).shown == "4.60")
        #expect(Ratio(numerator: 4595, denominator: 1000).hundredthsHalfUp == 460)
        #expect(Ratio(numerator: 3604, denominator: 1000).shown == "3.60")
        #expect(Ratio(numerator: 36049, denominator: 10000).shown == "3.60")
        #expect(Ratio(numerator: 5, denominator: 2).shown == "2.50")
        #expect(Ratio(100).shown == "100.00")
        #expect(Ratio(numerator: 200, denominator: 3).shown == "66.67")
        #expect(Ratio(numerator: 100, denominator: 3).shown == "33.33")
        #expect(Ratio(0).shown == "0.00")
        #expect(Ratio(numerator: 1, denominator: 200).shown == "0.01")   // 0.005 → 0.01
        #expect(Ratio(numerator: 1, denominator: 201).shown == "0.00")
        #expect(Ratio(numerator: 7, denominator: 100).shown == "0.07")
        #expect(Ratio(numerator: 1, denominator: 10).shown == "0.10")
        #expect(Ratio(numerator: 99999, denominator: 1000).shown == "100.00") // 99.999
        #expect(Ratio(numerator: 9995, denominator: 1000).shown == "10.00")
    }

    @Test func negativesRoundHalfAwayFromZero() {
        #expect(Ratio(numerator: -505, denominator: 1000).hundredthsHalfUp == -51)
        #expect(Ratio(numerator: -505, denominator: 1000).shown == "-0.51")
        #expect(Ratio(numerator: -1, denominator: 2).shown == "-0.50")
        #expect(Ratio(numerator: -3605, denominator: 1000).shown == "-3.61")
        #expect(Ratio(numerator: -3604, denominator: 1000).shown == "-3.60")
        #expect(Ratio(numerator: -7, denominator: 100).shown == "-0.07")
        #expect(Ratio(numerator: -1, denominator: 300).shown == "0.00") // −0.0033 rounds to zero, no "-0.00"
        #expect(Ratio(-2).shown == "-2.00")
    }

    @Test func roundedToHundredthsIsWhatIsShown() {
        #expect(Ratio(numerator: 4595, denominator: 1000).roundedToHundredths == h(460))
        #expect(Ratio(numerator: 14, denominator: 3).roundedToHundredths == h(467))
        #expect(Ratio(numerator: -3605, denominator: 1000).roundedToHundredths == h(-361))
        #expect(Ratio(numerator: 14, denominator: 3).description == "4.67")
    }

    @Test func percent() {
        #expect(Ratio.percent(2, of: 3) == Ratio(numerator: 200, denominator: 3))
        #expect(Ratio.percent(2, of: 3)?.shown == "66.67")
        #expect(Ratio.percent(3, of: 6)?.shown == "50.00")
        #expect(Ratio.percent(6, of: 6)?.shown == "100.00")
        #expect(Ratio.percent(0, of: 6) == Ratio(0))
        #expect(Ratio.percent(1, of: 8)?.shown == "12.50")
        #expect(Ratio.percent(0, of: 0) == nil)
        #expect(Ratio.percent(5, of: 0) == nil)
    }

    @Test func halfUpAgreesWithDecimalPlainRoundingEverywhere() {
        // An independent check: Foundation's Decimal, rounded .plain (half away from zero).
        for denominator in 1...64 {
            for numerator in stride(from: -1_500, through: 1_500, by: 7) {
                let r = Ratio(numerator: numerator, denominator: denominator)
                var exact = Decimal(numerator) / Decimal(denominator)
                var rounded = Decimal()
                NSDecimalRound(&rounded, &exact, 2, .plain)
                let expected = NSDecimalNumber(decimal: rounded * 100).intValue
                #expect(r.hundredthsHalfUp == expected, "\(numerator)/\(denominator)")
            }
        }
    }
}
