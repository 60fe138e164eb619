import Testing
@testable import ZhurnalCore

/// docs/rules.md §2: positive decimals with at most two fractional digits; a column may
/// override its kind's default weight.
@Suite struct WeightTests {
    @Test func parsesWholeAndDecimalWithPointOrComma() {
        #expect(Weight(parsing: "1")?.hundredths == 100)
        #expect(Weight(parsing: "2")?.hundredths == 200)
        #expect(Weight(parsing: "1.5")?.hundredths == 150)
        #expect(Weight(parsing: "1,5")?.hundredths == 150)
        #expect(Weight(parsing: "1,25")?.hundredths == 125)
        #expect(Weight(parsing: "1.25")?.hundredths == 125)
        #expect(Weight(parsing: "1.05")?.hundredths == 105)
        #expect(Weight(parsing: "1.50")?.hundredths == 150)
        #expect(Weight(parsing: "0.5")?.hundredths == 50)
        #expect(Weight(parsing: "0.01")?.hundredths == 1)
        #expect(Weight(parsing: " 3 ")?.hundredths == 300)
        #expect(Weight(parsing: "100")?.hundredths == 10_000)
    }

    @Test func refusals() {
        for text in ["0", "0.0", "0,00", "-1", "-1.5", "1.234", "1,234", "abc", "", " ", "1.", ".5", "1.5.2", "1,5,2",
                     "1e2", "+1", "1 5", "١", "100.01", "101", "1000", "½", "1.x"] {
            #expect(Weight(parsing: text) == nil, "\(text) must be refused")
        }
    }

    @Test func hundredthsRange() {
        #expect(Weight(hundredths: 0) == nil)
        #expect(Weight(hundredths: -100) == nil)
        #expect(Weight(hundredths: 1)?.hundredths == 1)
        #expect(Weight(hundredths: 10_000)?.hundredths == 10_000)
        #expect(Weight(hundredths: 10_001) == nil)
        #expect(Weight(3).hundredths == 300)
    }

    @Test func shortestDecimalText() {
        #expect(Weight(2).description == "2")
        #expect(w("1.5").description == "1.5")
        #expect(w("1.50").description == "1.5")
        #expect(w("1.25").description == "1.25")
        #expect(w("1.05").description == "1.05")
        #expect(w("0.01").description == "0.01")
        #expect(w("10").description == "10")
        for text in ["1", "1.5", "1.25", "1.05", "0.5", "0.07", "99.99"] {
            #expect(Weight(parsing: w(text).description) == w(text), "\(text)")
        }
    }

    @Test func ordering() {
        #expect(w("1.5") < Weight(2))
        #expect(w("0.99") < Weight(1))
        #expect(!(Weight(2) < Weight(2)))
    }

    @Test func columnOverrideWinsOverKindDefault() {
        let settings = SchoolSettings.defaults(schoolYearStarting: 2026)
        #expect(settings.weight(kindCode: "control", override: nil) == Weight(3))
        #expect(settings.weight(kindCode: "control", override: w("1.5")) == w("1.5"))
        #expect(settings.weight(kindCode: "answer", override: nil) == Weight(1))
        #expect(settings.weight(kindCode: "answer", override: w("2.25")).hundredths == 225)
        #expect(settings.weight(kindCode: "independent", override: nil) == Weight(2))
        // an unknown kind falls back to 1, an override still applies
        #expect(settings.weight(kindCode: "no-such-kind", override: nil) == Weight(1))
        #expect(settings.weight(kindCode: "no-such-kind", override: w("4")) == Weight(4))
    }

    @Test func changedKindDefaultIsUsed() {
        var settings = SchoolSettings.defaults(schoolYearStarting: 2026)
        let index = settings.kinds.firstIndex { $0.code == "control" }!
        settings.kinds[index].weight = w("2.5")
        #expect(settings.weight(kindCode: "control", override: nil) == w("2.5"))
    }
}
