/// A school setting outside the range it may take. Every setting and its default is in
/// docs/rules.md; the settings screen and the store both ask `SchoolSettings.problems`.
public enum SettingsProblem: Hashable, Sendable, CaseIterable {
    /// The term thresholds do not descend strictly within 1.00…5.00.
    case termThresholds
    /// The minimum number of marks for a term mark is outside 0…50.
    case minimumMarks
    /// The year thresholds do not descend strictly within 1.00…5.00.
    case yearThresholds
    /// The terms are not numbered 1…n in order, or one ends before it starts, or two overlap.
    case calendar
    /// A kind of work has no code, or two kinds share one.
    case kinds
    /// The risk average is outside 0.00…5.00.
    case riskAverage
    /// The count of twos is outside 1…(the recent marks), or more than 20 recent marks are looked at.
    case riskTwos
    /// The fall of the average is outside 0.00…5.00.
    case riskFall
    /// The weeks before the term's end for "too few marks" are outside 0…20.
    case riskWeeks
    /// The share of absences is outside 0…100 %.
    case riskAbsences
    /// The trend window is outside 7…120 days.
    case trendWindow
    /// The band of a stable trend is outside 0.00…5.00.
    case trendBand
    /// The objectivity highlight is outside 0…100 %.
    case objectivityPercent
}

extension SchoolSettings {
    /// Every setting outside its range, in the order of the settings screen; empty when all are sound.
    public var problems: [SettingsProblem] {
        let marks = 0...500
        let checks: [(Bool, SettingsProblem)] = [
            (attestation.thresholds.isValid, .termThresholds),
            ((0...50).contains(attestation.minimumMarks), .minimumMarks),
            (yearThresholds.isValid, .yearThresholds),
            (calendar.isValid, .calendar),
            (!kinds.contains { $0.code.isEmpty } && Set(kinds.map(\.code)).count == kinds.count, .kinds),
            (risk.averageBelow.map(marks.contains) ?? true, .riskAverage),
            (risk.recentMarks <= 20 && (risk.twos.map { $0 >= 1 && $0 <= risk.recentMarks } ?? true), .riskTwos),
            (risk.trendAtMost.map { marks.contains(-$0) } ?? true, .riskFall),
            (risk.fewMarksWeeksLeft.map((0...20).contains) ?? true, .riskWeeks),
            (risk.absencePercentOver.map((0...100).contains) ?? true, .riskAbsences),
            ((7...120).contains(trend.windowDays), .trendWindow),
            (marks.contains(trend.stableBand), .trendBand),
            ((0...100).contains(objectivity.highlightPercent), .objectivityPercent),
        ]
        return checks.filter { !$0.0 }.map(\.1)
    }
}
