import Foundation
import ZhurnalCore

extension Journal {
    /// The settings key under which the school's settings are stored as JSON.
    static let schoolSettingsKey = "school"

    /// The school's settings, or, when none were saved yet, the defaults (docs/rules.md) for the
    /// school year of the journal's first lesson (of `today` in a journal without lessons).
    /// Settings that cannot be decoded or hold a value out of range (`SchoolSettings.problems`)
    /// are `StoreError.damagedSetting`.
    public func schoolSettings(today: LocalDate) throws -> SchoolSettings {
        if let data = try setting(named: Self.schoolSettingsKey) {
            guard let settings = try? JSONDecoder().decode(SchoolSettings.self, from: data), settings.problems.isEmpty else {
                throw StoreError.damagedSetting(Self.schoolSettingsKey)
            }
            return settings
        }
        let first = try read {
            try connection.cachedStatement("SELECT min(date) AS first_date FROM lesson_columns")
                .first { $0.optionalString("first_date") }
        }
        let reference = first.flatMap { $0 }.flatMap { LocalDate(parsing: $0) } ?? today
        return .defaults(schoolYearStarting: TermCalendar.schoolYearStart(for: reference))
    }

    /// Saves the settings `schoolSettings(today:)` gives when none are saved yet, so that the
    /// journal's calendar stays put after its school year ends. Left to a later write when the
    /// acting person may not edit settings (a teacher's first import must not fail after its
    /// marks are in).
    public func keepSchoolSettings(today: LocalDate) throws {
        guard try setting(named: Self.schoolSettingsKey) == nil, try staffAccess().allows(.school) else { return }
        try saveSchoolSettings(try schoolSettings(today: today))
    }

    /// Saves the school's settings; settings with a value out of range are refused
    /// (`StoreError.settingsOutOfRange`) and nothing is saved.
    public func saveSchoolSettings(_ settings: SchoolSettings) throws {
        guard settings.problems.isEmpty else { throw StoreError.settingsOutOfRange }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(settings) else { return }
        try setSetting(data, named: Self.schoolSettingsKey)
    }
}
