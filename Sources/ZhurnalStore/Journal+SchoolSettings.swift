import Foundation
import ZhurnalCore

extension Journal {
    /// The settings key under which the school's settings are stored as JSON.
    static let schoolSettingsKey = "school"

    /// The school's settings, or the defaults of domain.md for the school year containing `today`
    /// when none were saved yet.
    public func schoolSettings(today: LocalDate) throws -> SchoolSettings {
        guard let data = try setting(named: Self.schoolSettingsKey),
              let settings = try? JSONDecoder().decode(SchoolSettings.self, from: data) else {
            return .defaults(schoolYearStarting: TermCalendar.schoolYearStart(for: today))
        }
        return settings
    }

    /// Saves the school's settings.
    public func saveSchoolSettings(_ settings: SchoolSettings) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(settings) else { return }
        try setSetting(data, named: Self.schoolSettingsKey)
    }
}
