import Foundation
import ZhurnalCore

extension Journal {
    /// The settings key under which the school's settings are stored as JSON.
    static let schoolSettingsKey = "school"

    /// The school's settings, or, when none were saved yet, the defaults of domain.md for the
    /// school year of the journal's first lesson (of `today` in a journal without lessons).
    public func schoolSettings(today: LocalDate) throws -> SchoolSettings {
        guard let data = try setting(named: Self.schoolSettingsKey),
              let settings = try? JSONDecoder().decode(SchoolSettings.self, from: data) else {
            let first = try read {
                try connection.cachedStatement("SELECT min(date) FROM lesson_columns").first { $0.optionalString(0) }
            }
            let reference = first.flatMap { $0 }.flatMap { LocalDate(parsing: $0) } ?? today
            return .defaults(schoolYearStarting: TermCalendar.schoolYearStart(for: reference))
        }
        return settings
    }

    /// Saves the settings `schoolSettings(today:)` gives when none are saved yet, so that the
    /// journal's calendar stays put after its school year ends. Left to a later write when the
    /// acting person may not edit settings (a teacher's first import must not fail after its
    /// marks are in).
    public func keepSchoolSettings(today: LocalDate) throws {
        guard try setting(named: Self.schoolSettingsKey) == nil, try staffAccess().allows(.school) else { return }
        try saveSchoolSettings(try schoolSettings(today: today))
    }

    /// Saves the school's settings.
    public func saveSchoolSettings(_ settings: SchoolSettings) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(settings) else { return }
        try setSetting(data, named: Self.schoolSettingsKey)
    }
}
