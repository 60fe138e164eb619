/// What the year mark rule gives (docs/rules.md §5).
public enum YearMarkResult: Hashable, Sendable {
    case mark(Int)
    /// A term is `н/а`: the year mark is left for the teacher.
    case teacherDecides
    /// Every term is `осв`.
    case exempt
    /// No term marks yet.
    case none
}

/// The year mark: the mean of the final term marks under its own threshold table.
public enum YearMark {
    /// True when a term counts for a student's year mark: it has lessons in the subject, or the
    /// student has a final mark for it (a school that moved to Zhurnal mid-year imports the earlier
    /// terms' final marks without their lessons). A term in which the student was not enrolled
    /// in the school is skipped (he arrived later, or left before it).
    public static func counts(termHasLessons: Bool, hasFinalMark: Bool, enrolled: Bool = true) -> Bool {
        enrolled && (termHasLessons || hasFinalMark)
    }

    /// Computes the year mark from the term marks; `осв` terms are skipped.
    public static func compute(terms: [TermMark], thresholds: Thresholds = .ordinaryRounding) -> YearMarkResult {
        if terms.isEmpty { return .none }
        if terms.contains(.notAttested) { return .teacherDecides }
        let numeric = terms.compactMap(\.numeric)
        if numeric.isEmpty { return .exempt }
        let mean = Ratio(numerator: numeric.reduce(0, +), denominator: numeric.count)
        return .mark(thresholds.mark(for: mean, comparison: .shown))
    }
}
