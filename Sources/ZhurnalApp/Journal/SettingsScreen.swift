import Foundation
import ZhurnalCore

/// The school's settings of domain.md that a school adopts in its local act: term and year
/// thresholds, how the average is compared, the minimum number of marks, the calendar and the
/// weights of the kinds of work. Saved in the journal file; applies at once.
public struct SettingsScreen: FormScreen {
    let session: JournalSession
    var fields: FormFields

    /// The calendar presets by the words a teacher types.
    static let calendarWords: [(ru: String, en: String, make: @Sendable (Int) -> TermCalendar)] = [
        ("четверти", "quarters", TermCalendar.quarters(schoolYearStarting:)),
        ("триместры", "trimesters", TermCalendar.trimesters(schoolYearStarting:)),
        ("полугодия", "semesters", TermCalendar.semesters(schoolYearStarting:)),
    ]

    public init(session: JournalSession) {
        self.session = session
        let s = session.settings
        let year = s.calendar.terms.first.map { TermCalendar.schoolYearStart(for: $0.start) } ?? 2026
        let preset = Self.calendarWords.first { $0.make(year) == s.calendar }?.ru ?? Self.calendarWords[0].ru
        fields = FormFields([
            (.setSchool, s.schoolName),
            (.setFive, Thresholds.format(s.attestation.thresholds.five)),
            (.setFour, Thresholds.format(s.attestation.thresholds.four)),
            (.setThree, Thresholds.format(s.attestation.thresholds.three)),
            (.setComparison, s.attestation.comparison == .shown ? "показанный" : "точный"),
            (.setMinimum, String(s.attestation.minimumMarks)),
            (.setYearFive, Thresholds.format(s.yearThresholds.five)),
            (.setYearFour, Thresholds.format(s.yearThresholds.four)),
            (.setYearThree, Thresholds.format(s.yearThresholds.three)),
            (.setCalendar, "\(preset) \(year)"),
            (.setWeights, s.kinds.map { "\($0.shortRu)=\($0.weight)" }.joined(separator: "; ")),
        ])
    }

    public var title: Message { .journal(.settingsTitle) }

    public var minimumSize: Size { Size(width: 60, height: 28) }

    mutating func save() -> ScreenAction {
        switch parsed() {
        case .failure(let invalid):
            return .error(.journal(.badSetting(invalid.field)))
        case .success(let settings):
            do {
                try session.updateSettings(settings)
            } catch {
                return .error(.journal(.failed(error)))
            }
            return ScreenAction(.pop, status: StatusMessage(.info, .journal(.settingsSaved)))
        }
    }

    /// The settings the fields describe, or the first field that is wrong.
    func parsed() -> Result<SchoolSettings, InvalidSetting> {
        var s = session.settings
        s.schoolName = fields[0]
        guard let five = Thresholds.parseValue(fields[1]), let four = Thresholds.parseValue(fields[2]),
              let three = Thresholds.parseValue(fields[3]) else { return .failure(InvalidSetting(field: .setFive)) }
        s.attestation.thresholds = Thresholds(five: five, four: four, three: three)
        guard s.attestation.thresholds.isValid else { return .failure(InvalidSetting(field: .setFive)) }
        switch fields[4].lowercased() {
        case "показанный", "shown", "показанное": s.attestation.comparison = .shown
        case "точный", "exact", "точное": s.attestation.comparison = .exact
        default: return .failure(InvalidSetting(field: .setComparison))
        }
        guard let minimum = Int(fields[5]), (0...50).contains(minimum) else { return .failure(InvalidSetting(field: .setMinimum)) }
        s.attestation.minimumMarks = minimum
        guard let yearFive = Thresholds.parseValue(fields[6]), let yearFour = Thresholds.parseValue(fields[7]),
              let yearThree = Thresholds.parseValue(fields[8]) else { return .failure(InvalidSetting(field: .setYearFive)) }
        s.yearThresholds = Thresholds(five: yearFive, four: yearFour, three: yearThree)
        guard s.yearThresholds.isValid else { return .failure(InvalidSetting(field: .setYearFive)) }
        let calendar = fields[9].lowercased().split(separator: " ")
        guard calendar.count == 2, let year = Int(calendar[1]), (2000...2100).contains(year),
              let preset = Self.calendarWords.first(where: { $0.ru == calendar[0] || $0.en == calendar[0] }) else {
            return .failure(InvalidSetting(field: .setCalendar))
        }
        s.calendar = preset.make(year)
        for pair in fields[10].split(separator: ";") {
            let parts = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let weight = Weight(parsing: parts[1]),
                  let index = s.kinds.firstIndex(where: { $0.shortRu == parts[0] || $0.shortEn == parts[0] || $0.code == parts[0] })
            else { return .failure(InvalidSetting(field: .setWeights)) }
            s.kinds[index].weight = weight
        }
        return .success(s)
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.draw(title: context.text(title), into: &buffer, context: context)
    }
}

/// The settings field whose value is wrong.
public struct InvalidSetting: Error, Equatable {
    public let field: JournalText
}
