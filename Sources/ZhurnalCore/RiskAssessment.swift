/// Why a student is in the risk zone for a subject, or the milder decline signal (docs/progress.md,
/// "Risk zone and decline").
public enum RiskReason: Hashable, Sendable {
    /// The current average is below the setting.
    case lowAverage(Ratio)
    /// `count` marks of 2 or worse among the last `among` marks.
    case twos(count: Int, among: Int)
    /// Decline (снижение): the trend is at or below the setting while no risk reason holds. Not a
    /// risk reason: never counted in the risk share.
    case falling(Ratio)
    /// Fewer numeric marks than the attestation minimum with few days left in the term.
    case fewMarks(count: Int, minimum: Int, daysLeft: Int)
    /// Missed lessons over the setting's percentage of lessons held.
    case absences(missed: Int, lessons: Int)

    /// True for the risk-zone reasons, false for the decline signal.
    public var isRisk: Bool {
        if case .falling = self { return false }
        return true
    }

    /// A stable key for reports: `low_average`, `twos`, `falling`, `few_marks`, `absences`.
    public var code: String {
        switch self {
        case .lowAverage: return "low_average"
        case .twos: return "twos"
        case .falling: return "falling"
        case .fewMarks: return "few_marks"
        case .absences: return "absences"
        }
    }
}

/// The risk-zone rules applied to one student and subject as of a date.
public enum RiskAssessment {
    /// The reasons, in docs/progress.md's order, for which the student is at risk on `asOf`; when
    /// none holds and the trend is at or below the decline setting, the decline signal alone.
    /// `lessons` are the student's lessons of the school year, or at least those of `term` and of
    /// both trend windows and the last `recentMarks` marks; the average, the mark count and the
    /// absences look at `term` up to `asOf`, the recent marks and the trend at the year up to
    /// `asOf`. Lessons the student is exempt from (осв) are not counted as lessons; a student
    /// exempt from every lesson of the term is never short of marks. A rule set to nil is skipped.
    public static func reasons(_ lessons: [DatedEntry], term: Term, asOf: LocalDate, settings: SchoolSettings) -> [RiskReason] {
        let rules = settings.risk
        let upToDate = lessons.filter { $0.date <= asOf }
        let inOrder = zip(upToDate, upToDate.dropFirst()).allSatisfy { $0.date <= $1.date }
        let held = inOrder ? upToDate : upToDate.sorted { $0.date < $1.date }
        let inTerm = held.filter { term.contains($0.date) && $0.entry != .exempt }
        var termMarks = MarkTally()
        for lesson in inTerm { termMarks.add(lesson.entry, weight: lesson.weight) }
        var reasons: [RiskReason] = []
        if let below = rules.averageBelow, let average = termMarks.average, average.hundredthsHalfUp < below {
            reasons.append(.lowAverage(average))
        }
        if let twos = rules.twos, rules.recentMarks > 0 {
            var among = 0, count = 0
            for lesson in held.reversed() where among < rules.recentMarks {
                for mark in lesson.marks.reversed() where among < rules.recentMarks {
                    among += 1
                    if mark <= 2 { count += 1 }
                }
            }
            if count >= twos { reasons.append(.twos(count: count, among: among)) }
        }
        if let weeks = rules.fewMarksWeeksLeft, !inTerm.isEmpty, termMarks.count < settings.attestation.minimumMarks {
            let daysLeft = max(term.end.dayNumber - asOf.dayNumber, 0)
            if daysLeft < weeks * 7 {
                reasons.append(.fewMarks(count: termMarks.count, minimum: settings.attestation.minimumMarks, daysLeft: daysLeft))
            }
        }
        if let over = rules.absencePercentOver {
            let absences = MissedLessons(inTerm)
            if absences.isOver(percent: over) { reasons.append(.absences(missed: absences.missed, lessons: absences.lessons)) }
        }
        if reasons.isEmpty, let atMost = rules.trendAtMost, let trend = Trend.compute(held, asOf: asOf, rules: settings.trend),
           trend.change.hundredthsHalfUp <= atMost {
            reasons.append(.falling(trend.change))
        }
        return reasons
    }

    /// True when `reasons` put the student in the risk zone (the decline signal alone does not).
    public static func isAtRisk(_ reasons: [RiskReason]) -> Bool {
        reasons.contains(where: \.isRisk)
    }
}
