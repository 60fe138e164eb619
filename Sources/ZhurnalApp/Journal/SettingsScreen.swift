import Foundation
import TerminalUI
import ZhurnalCore

/// The school's settings of docs/rules.md that a school adopts in its local act: term and year
/// thresholds, how the average is compared, the minimum number of marks, the calendar and the
/// weights of the kinds of work. Saved in the journal file; applies at once. F5 and F6 open the
/// journal's rubrics and its outcome catalogue, F7 and F8 the classes and subjects, F4 the
/// calendar, F3 the staff and F9 the assignments (учебная нагрузка).
public struct SettingsScreen: FormScreen {
    let session: JournalSession
    public var fields: FormFields
    /// The calendar as the form shows it, to notice when the calendar screen (F4) changed it.
    private var calendarShown: String

    /// The calendar presets by the words a teacher types.
    static let calendarWords: [(ru: String, en: String, make: @Sendable (Int) -> TermCalendar)] = [
        ("четверти", "quarters", TermCalendar.quarters(schoolYearStarting:)),
        ("триместры", "trimesters", TermCalendar.trimesters(schoolYearStarting:)),
        ("полугодия", "semesters", TermCalendar.semesters(schoolYearStarting:)),
    ]

    public init(session: JournalSession) {
        self.session = session
        let s = session.settings
        let english = session.language == .en
        calendarShown = Self.calendarText(s.calendar, language: session.language)
        fields = FormFields([
            (.setSchool, s.schoolName),
            (.setFive, Thresholds.format(s.attestation.thresholds.five)),
            (.setFour, Thresholds.format(s.attestation.thresholds.four)),
            (.setThree, Thresholds.format(s.attestation.thresholds.three)),
            (.setComparison, s.attestation.comparison == .shown ? (english ? "shown" : "показанный")
                                                                : (english ? "exact" : "точный")),
            (.setMinimum, String(s.attestation.minimumMarks)),
            (.setYearFive, Thresholds.format(s.yearThresholds.five)),
            (.setYearFour, Thresholds.format(s.yearThresholds.four)),
            (.setYearThree, Thresholds.format(s.yearThresholds.three)),
            (.setCalendar, calendarShown),
            (.setWeights, s.kinds.map { "\(english ? $0.shortEn : $0.shortRu)=\($0.weight)" }.joined(separator: "; ")),
            (.setRiskAverage, s.risk.averageBelow.map(Thresholds.format) ?? ""),
            (.setRiskTwos, s.risk.twos.map { "\($0) \(english ? "of" : "из") \(s.risk.recentMarks)" } ?? ""),
            (.setRiskFall, s.risk.trendAtMost.map { Thresholds.format(-$0) } ?? ""),
            (.setRiskWeeks, s.risk.fewMarksWeeksLeft.map(String.init) ?? ""),
            (.setRiskAbsences, s.risk.absencePercentOver.map(String.init) ?? ""),
            (.setTrendWindow, String(s.trend.windowDays)),
            (.setTrendBand, Thresholds.format(s.trend.stableBand)),
        ])
    }

    public var title: Message { .journal(.settingsTitle) }

    public var minimumSize: Size { Size(width: 70, height: 24) }

    public var links: [FormLink] {
        let session = session
        return [
            FormLink(key: .function(5), help: .journal(.catalogue(.keyRubrics)), bar: .journal(.catalogue(.barRubrics))) {
                try CatalogueScreen(RubricCatalogue(session: session))
            },
            FormLink(key: .function(6), help: .journal(.catalogue(.keyOutcomes)), bar: .journal(.catalogue(.barOutcomes))) {
                try CatalogueScreen(OutcomeCatalogue(session: session))
            },
            FormLink(key: .function(7), help: .journal(.schoolYear(.keyClasses)), bar: .journal(.schoolYear(.barClasses))) {
                try CatalogueScreen(ClassCatalogue(session: session))
            },
            FormLink(key: .function(8), help: .journal(.schoolYear(.keySubjects)), bar: .journal(.schoolYear(.barSubjects))) {
                try CatalogueScreen(SubjectCatalogue(session: session))
            },
            FormLink(key: .function(4), help: .journal(.schoolYear(.keyCalendar)), bar: .journal(.schoolYear(.barCalendar))) {
                try CalendarScreen(session: session)
            },
            FormLink(key: .function(3), help: .journal(.staff(.keyStaff)), bar: .journal(.staff(.barStaff))) {
                try CatalogueScreen(StaffCatalogue(session: session))
            },
            FormLink(key: .function(9), help: .journal(.staff(.keyAssignments)), bar: .journal(.staff(.barAssignments))) {
                try AssignmentsScreen(session: session)
            },
        ]
    }

    /// The calendar field's text: the preset's word and the starting year, «свой» for exact dates.
    static func calendarText(_ calendar: TermCalendar, language: Language) -> String {
        let year = calendar.terms.first.map { TermCalendar.schoolYearStart(for: $0.start) } ?? 2026
        let preset = calendarWords.first { $0.make(year) == calendar }
        let word = preset.map { language == .en ? $0.en : $0.ru } ?? JournalText.schoolYear(.customCalendar).text(language)
        return "\(word) \(year)"
    }

    /// Shows the calendar anew after the calendar screen above saved it.
    public mutating func tick() -> ScreenAction {
        let shown = Self.calendarText(session.settings.calendar, language: session.language)
        guard shown != calendarShown else { return .none }
        calendarShown = shown
        fields.editors[9] = LineEditor(shown, maxLength: 200)
        return .none
    }

    public mutating func save() -> ScreenAction {
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
        s.schoolName = fields[.setSchool]
        guard let five = Thresholds.parseValue(fields[.setFive]), let four = Thresholds.parseValue(fields[.setFour]),
              let three = Thresholds.parseValue(fields[.setThree]) else { return .failure(InvalidSetting(field: .setFive)) }
        s.attestation.thresholds = Thresholds(five: five, four: four, three: three)
        switch fields[.setComparison].lowercased() {
        case "показанный", "shown", "показанное": s.attestation.comparison = .shown
        case "точный", "exact", "точное": s.attestation.comparison = .exact
        default: return .failure(InvalidSetting(field: .setComparison))
        }
        guard let minimum = Int(fields[.setMinimum]) else { return .failure(InvalidSetting(field: .setMinimum)) }
        s.attestation.minimumMarks = minimum
        guard let yearFive = Thresholds.parseValue(fields[.setYearFive]), let yearFour = Thresholds.parseValue(fields[.setYearFour]),
              let yearThree = Thresholds.parseValue(fields[.setYearThree]) else { return .failure(InvalidSetting(field: .setYearFive)) }
        s.yearThresholds = Thresholds(five: yearFive, four: yearFour, three: yearThree)
        let calendar = fields[.setCalendar].lowercased().split(separator: " ")
        guard calendar.count == 2, let year = Int(calendar[1]), (2000...2100).contains(year) else {
            return .failure(InvalidSetting(field: .setCalendar))
        }
        // «свой»: the exact dates of the calendar screen (F4) stay as they are.
        let custom = Language.allCases.map { JournalText.schoolYear(.customCalendar).text($0) }
        if !custom.contains(String(calendar[0])) {
            guard let preset = Self.calendarWords.first(where: { $0.ru == calendar[0] || $0.en == calendar[0] }) else {
                return .failure(InvalidSetting(field: .setCalendar))
            }
            s.calendar = preset.make(year)
        }
        for pair in fields[.setWeights].split(separator: ";") {
            let parts = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let weight = Weight(parsing: parts[1]),
                  let index = s.kinds.firstIndex(where: { $0.shortRu == parts[0] || $0.shortEn == parts[0] || $0.code == parts[0] })
            else { return .failure(InvalidSetting(field: .setWeights)) }
            s.kinds[index].weight = weight
        }
        return parsedRisk(into: s)
    }

    /// The risk and trend fields; an empty risk field switches its rule off.
    private func parsedRisk(into settings: SchoolSettings) -> Result<SchoolSettings, InvalidSetting> {
        var s = settings
        func optional(_ field: JournalText, _ parse: (String) -> Int?) -> Result<Int?, InvalidSetting> {
            if fields[field].isEmpty { return .success(nil) }
            guard let value = parse(fields[field]) else { return .failure(InvalidSetting(field: field)) }
            return .success(value)
        }
        do {
            s.risk.averageBelow = try optional(.setRiskAverage, Thresholds.parseValue).get()
            let twos = fields[.setRiskTwos].lowercased().split { $0 == " " || $0 == "/" }.filter { !["из", "of"].contains($0) }
            if fields[.setRiskTwos].isEmpty {
                s.risk.twos = nil
            } else if twos.count == 2, let count = Int(twos[0]), let among = Int(twos[1]) {
                s.risk.twos = count
                s.risk.recentMarks = among
            } else {
                return .failure(InvalidSetting(field: .setRiskTwos))
            }
            s.risk.trendAtMost = try optional(.setRiskFall, Thresholds.parseValue).get().map { -$0 }
            s.risk.fewMarksWeeksLeft = try optional(.setRiskWeeks) { Int($0) }.get()
            s.risk.absencePercentOver = try optional(.setRiskAbsences) { Int($0) }.get()
        } catch {
            return .failure(error)
        }
        guard let window = Int(fields[.setTrendWindow]) else { return .failure(InvalidSetting(field: .setTrendWindow)) }
        s.trend.windowDays = window
        guard let band = Thresholds.parseValue(fields[.setTrendBand]) else { return .failure(InvalidSetting(field: .setTrendBand)) }
        s.trend.stableBand = band
        if let field = s.problems.lazy.compactMap(Self.field(of:)).first { return .failure(InvalidSetting(field: field)) }
        return .success(s)
    }

    /// The field that shows the setting of `problem`; nil for a setting this screen does not edit
    /// (the store still refuses to save it out of range).
    static func field(of problem: SettingsProblem) -> JournalText? {
        switch problem {
        case .termThresholds: return .setFive
        case .minimumMarks: return .setMinimum
        case .yearThresholds: return .setYearFive
        case .calendar: return .setCalendar
        case .kinds: return .setWeights
        case .riskAverage: return .setRiskAverage
        case .riskTwos: return .setRiskTwos
        case .riskFall: return .setRiskFall
        case .riskWeeks: return .setRiskWeeks
        case .riskAbsences: return .setRiskAbsences
        case .trendWindow: return .setTrendWindow
        case .trendBand: return .setTrendBand
        case .objectivityPercent: return nil
        }
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.drawCompact(title: context.text(title), into: &buffer, context: context)
        buffer.put(context.text(.journal(.catalogue(.settingsHint))), x: 1, y: buffer.height - 1, style: Style(.muted),
                   maxWidth: buffer.width - 2)
    }
}

/// The settings field whose value is wrong.
public struct InvalidSetting: Error, Equatable {
    public let field: JournalText
}
