import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// The school's settings as stored: the defaults until saved, what was saved after, and a damaged
/// or out-of-range stored setting an error — never the defaults in its place.
@Suite struct SchoolSettingsStoreTests {
    let scratch = Scratch()

    @Test func defaultsUntilSavedThenWhatWasSaved() throws {
        let journal = try scratch.journal()
        #expect(try journal.schoolSettings(today: Scratch.endOfYear) == .defaults(schoolYearStarting: 2026))
        var settings = SchoolSettings.defaults(schoolName: "Школа № 7", schoolYearStarting: 2026)
        settings.attestation.minimumMarks = 5
        try journal.saveSchoolSettings(settings)
        #expect(try journal.schoolSettings(today: Scratch.endOfYear) == settings)
    }

    @Test(arguments: ["{not json", "[1, 2]", #"{"attestation": {"minimumMarks": 99}}"#,
                      #"{"trend": {"windowDays": 0, "stableBand": 20}}"#, #"{"calendar": {"terms": []}}"#])
    func aDamagedSettingIsAnErrorNotTheDefaults(_ stored: String) throws {
        let journal = try scratch.journal()
        try journal.setSetting(Data(stored.utf8), named: "school")
        #expect(throws: StoreError.damagedSetting("school")) { try journal.schoolSettings(today: Scratch.endOfYear) }
        #expect(try journal.setting(named: "school") == Data(stored.utf8))
    }
}
