import Foundation
import Testing
@testable import ZhurnalCore

/// docs/rules.md: every number is a school setting with a default, stored and editable; a file from
/// an older version (missing keys) decodes with the defaults.
@Suite struct SchoolSettingsTests {
    private func decode(_ json: String) throws -> SchoolSettings {
        try JSONDecoder().decode(SchoolSettings.self, from: Data(json.utf8))
    }

    private func roundTrip(_ settings: SchoolSettings) throws -> SchoolSettings {
        try JSONDecoder().decode(SchoolSettings.self, from: JSONEncoder().encode(settings))
    }

    @Test func defaultsOfTheDomain() {
        let s = SchoolSettings.defaults(schoolName: "Школа № 1", schoolYearStarting: 2026)
        #expect(s.schoolName == "Школа № 1")
        #expect(s.kinds == WorkKind.defaults)
        #expect(s.attestation.thresholds == Thresholds(five: 460, four: 360, three: 260))
        #expect(s.attestation.comparison == .shown)
        #expect(s.attestation.minimumMarks == 3)
        #expect(s.yearThresholds == Thresholds(five: 450, four: 350, three: 250))
        #expect(s.calendar == .quarters(schoolYearStarting: 2026))
        #expect(s.risk.averageBelow == 300)
        #expect(s.risk.twos == 2)
        #expect(s.risk.recentMarks == 5)
        #expect(s.risk.trendAtMost == -50)
        #expect(s.risk.fewMarksWeeksLeft == 3)
        #expect(s.risk.absencePercentOver == 30)
        #expect(s.trend.windowDays == 30)
        #expect(s.trend.stableBand == 20)
        #expect(s.objectivity.highlightPercent == 25)
        #expect(SchoolSettings.defaults(schoolYearStarting: 2026).schoolName == "")
    }

    @Test func jsonRoundTripOfDefaults() throws {
        let s = SchoolSettings.defaults(schoolName: "Лицей «Ё»", schoolYearStarting: 2027)
        #expect(try roundTrip(s) == s)
    }

    @Test func jsonRoundTripOfChangedSettings() throws {
        var s = SchoolSettings.defaults(schoolName: "Гимназия", schoolYearStarting: 2025)
        s.attestation = AttestationRules(thresholds: .ordinaryRounding, comparison: .exact, minimumMarks: 5)
        s.yearThresholds = Thresholds(five: 475, four: 375, three: 275)
        s.calendar = .trimesters(schoolYearStarting: 2027)
        s.kinds[0].weight = w("1.25")
        s.kinds.append(WorkKind(code: "trip", nameRu: "экскурсия", nameEn: "trip", shortRu: "Э", shortEn: "TR", weight: w("0.5")))
        s.risk.averageBelow = nil          // a rule switched off must stay off
        s.risk.trendAtMost = -75
        s.risk.absencePercentOver = nil
        s.trend.windowDays = 14
        s.objectivity.highlightPercent = 30
        let back = try roundTrip(s)
        #expect(back == s)
        #expect(back.risk.averageBelow == nil)
        #expect(back.risk.absencePercentOver == nil)
        #expect(back.kinds.last?.weight.hundredths == 50)
        #expect(back.calendar.terms.count == 3)
    }

    @Test func emptyObjectDecodesToDefaults() throws {
        let s = try decode("{}")
        #expect(s == SchoolSettings.defaults(schoolYearStarting: 2026))
    }

    @Test func partialObjectKeepsGivenValuesAndDefaultsTheRest() throws {
        let s = try decode(#"{"schoolName": "Школа № 5", "schoolYear": 2027, "yearThresholds": {"five": 460, "four": 360, "three": 260}}"#)
        #expect(s.schoolName == "Школа № 5")
        #expect(s.yearThresholds == .default)
        #expect(s.calendar == .quarters(schoolYearStarting: 2027))
        #expect(s.kinds == WorkKind.defaults)
        #expect(s.attestation == .default)
        #expect(s.risk == RiskRules())
        #expect(s.trend == TrendRules())
        #expect(s.objectivity == ObjectivityRules())
    }

    @Test func partialNestedRulesDefaultTheirMissingKeys() throws {
        let s = try decode(#"{"risk": {"averageBelow": 250}, "trend": {"windowDays": 14}, "objectivity": {}, "attestation": {"minimumMarks": 2}}"#)
        #expect(s.risk.averageBelow == 250)
        #expect(s.risk.twos == 2)
        #expect(s.risk.recentMarks == 5)
        #expect(s.risk.trendAtMost == -50)
        #expect(s.risk.fewMarksWeeksLeft == 3)
        #expect(s.risk.absencePercentOver == 30)
        #expect(s.trend.windowDays == 14)
        #expect(s.trend.stableBand == 20)
        #expect(s.objectivity.highlightPercent == 25)
        #expect(s.attestation.minimumMarks == 2)
        #expect(s.attestation.thresholds == .default)
        #expect(s.attestation.comparison == .shown)
    }

    @Test func explicitNullSwitchesARiskRuleOff() throws {
        let s = try decode(#"{"risk": {"averageBelow": null, "twos": 3}}"#)
        #expect(s.risk.averageBelow == nil)
        #expect(s.risk.twos == 3)
        #expect(s.risk.trendAtMost == -50)
    }

    @Test func weightsDecodeFromStringsAndNumbers() throws {
        let json = #"[{"code": "a", "nameRu": "а", "nameEn": "a", "shortRu": "А", "shortEn": "A", "weight": "1.5", "aliases": []},"#
            + #" {"code": "b", "nameRu": "б", "nameEn": "b", "shortRu": "Б", "shortEn": "B", "weight": 2, "aliases": []},"#
            + #" {"code": "c", "nameRu": "в", "nameEn": "c", "shortRu": "В", "shortEn": "C", "weight": 1.25, "aliases": []},"#
            + #" {"code": "d", "nameRu": "г", "nameEn": "d", "shortRu": "Г", "shortEn": "D", "weight": "1,75", "aliases": []}]"#
        let kinds = try JSONDecoder().decode([WorkKind].self, from: Data(json.utf8))
        #expect(kinds.map(\.weight.hundredths) == [150, 200, 125, 175])
    }

    @Test func invalidWeightsAreRefused() {
        for weight in [#""0""#, #""-1""#, #""1.234""#, "0", "-2", "1.234", #""abc""#] {
            let json = #"{"code": "a", "nameRu": "а", "nameEn": "a", "shortRu": "А", "shortEn": "A", "weight": "# + weight + #", "aliases": []}"#
            #expect(throws: DecodingError.self, "\(weight)") {
                try JSONDecoder().decode(WorkKind.self, from: Data(json.utf8))
            }
        }
    }

    @Test func weightEncodesAsShortestDecimalText() throws {
        let data = try JSONEncoder().encode([w("1.5"), Weight(2), w("1.25")])
        #expect(String(decoding: data, as: UTF8.self) == #"["1.5","2","1.25"]"#)
    }

    @Test func schoolYearIsWrittenFromTheCalendar() throws {
        let data = try JSONEncoder().encode(SchoolSettings.defaults(schoolYearStarting: 2031))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["schoolYear"] as? Int == 2031)
    }
}
