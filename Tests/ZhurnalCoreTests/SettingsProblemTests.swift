import Testing
@testable import ZhurnalCore

/// Every school setting has a range; `SchoolSettings.problems` names each setting outside it, for
/// the settings screen and for the store that reads a stored setting.
@Suite struct SettingsProblemTests {
    private let sound = SchoolSettings.defaults(schoolYearStarting: 2026)

    private func problems(_ change: (inout SchoolSettings) -> Void) -> [SettingsProblem] {
        var settings = sound
        change(&settings)
        return settings.problems
    }

    @Test func theDefaultsAndEveryPresetAreSound() {
        #expect(sound.problems.isEmpty)
        #expect(problems { $0.calendar = .trimesters(schoolYearStarting: 2027) }.isEmpty)
        #expect(problems { $0.calendar = .semesters(schoolYearStarting: 2026) }.isEmpty)
        #expect(problems { $0.risk = RiskRules(); $0.risk.averageBelow = nil; $0.risk.twos = nil; $0.risk.trendAtMost = nil }.isEmpty)
    }

    @Test func eachSettingOutOfItsRangeIsNamed() {
        #expect(problems { $0.attestation.thresholds = Thresholds(five: 360, four: 460, three: 260) } == [.termThresholds])
        #expect(problems { $0.attestation.thresholds = Thresholds(five: 510, four: 460, three: 260) } == [.termThresholds])
        #expect(problems { $0.attestation.minimumMarks = 51 } == [.minimumMarks])
        #expect(problems { $0.attestation.minimumMarks = -1 } == [.minimumMarks])
        #expect(problems { $0.yearThresholds = Thresholds(five: 450, four: 350, three: 50) } == [.yearThresholds])
        #expect(problems { $0.calendar = TermCalendar(terms: []) } == [.calendar])
        #expect(problems { $0.calendar.terms.swapAt(0, 1) } == [.calendar])
        #expect(problems { $0.kinds[1].code = $0.kinds[0].code } == [.kinds])
        #expect(problems { $0.risk.averageBelow = 501 } == [.riskAverage])
        #expect(problems { $0.risk.twos = 6 } == [.riskTwos])
        #expect(problems { $0.risk.twos = 0 } == [.riskTwos])
        #expect(problems { $0.risk.twos = 1; $0.risk.recentMarks = 0 } == [.riskTwos])
        #expect(problems { $0.risk.recentMarks = 21 } == [.riskTwos])
        #expect(problems { $0.risk.trendAtMost = 50 } == [.riskFall])
        #expect(problems { $0.risk.fewMarksWeeksLeft = 21 } == [.riskWeeks])
        #expect(problems { $0.risk.absencePercentOver = 101 } == [.riskAbsences])
        #expect(problems { $0.trend.windowDays = 6 } == [.trendWindow])
        #expect(problems { $0.trend.windowDays = 121 } == [.trendWindow])
        #expect(problems { $0.trend.stableBand = -1 } == [.trendBand])
        #expect(problems { $0.objectivity.highlightPercent = 101 } == [.objectivityPercent])
    }

    @Test func theEdgesOfEachRangeAreAllowed() {
        #expect(problems {
            $0.attestation.minimumMarks = 50
            $0.risk.twos = 20
            $0.risk.recentMarks = 20
            $0.risk.fewMarksWeeksLeft = 0
            $0.risk.absencePercentOver = 100
            $0.trend.windowDays = 7
            $0.trend.stableBand = 0
            $0.objectivity.highlightPercent = 0
        }.isEmpty)
    }

    @Test func problemsComeInTheOrderOfTheSettingsScreen() {
        #expect(problems { $0.trend.windowDays = 0; $0.attestation.minimumMarks = 99 } == [.minimumMarks, .trendWindow])
    }
}
