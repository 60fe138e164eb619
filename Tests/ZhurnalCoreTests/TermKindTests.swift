import Foundation
import Testing
@testable import ZhurnalCore

/// docs/architecture.md, "Term names and printed forms": printed forms name the period by the
/// calendar (четверть, триместр, полугодие), so the calendar knows what kind of terms it has.
@Suite struct TermKindTests {
    @Test func presetsHaveTheirKind() {
        #expect(TermCalendar.quarters(schoolYearStarting: 2026).kind == .quarter)
        #expect(TermCalendar.trimesters(schoolYearStarting: 2026).kind == .trimester)
        #expect(TermCalendar.semesters(schoolYearStarting: 2026).kind == .halfYear)
    }

    @Test func defaultSettingsAreQuarters() {
        #expect(SchoolSettings.defaults(schoolYearStarting: 2026).calendar.kind == .quarter)
    }

    @Test func otherCountsAreNeutralPeriods() {
        #expect(TermKind(termCount: 1) == .period)
        #expect(TermKind(termCount: 5) == .period)
        #expect(TermKind(termCount: 0) == .period)
        let one = TermCalendar(terms: [TermCalendar.quarters(schoolYearStarting: 2026).terms[0]])
        #expect(one.kind == .period)
    }

    @Test func kindFollowsTheStoredCalendar() throws {
        var settings = SchoolSettings.defaults(schoolYearStarting: 2026)
        settings.calendar = .trimesters(schoolYearStarting: 2026)
        let data = try JSONEncoder().encode(settings)
        #expect(try JSONDecoder().decode(SchoolSettings.self, from: data).calendar.kind == .trimester)
    }
}
