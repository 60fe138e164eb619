/// A holiday (каникулы): a date range with no lessons, for every grade or for some parallels
/// (e.g. the extra February week of the first grade).
public struct Holiday: Hashable, Sendable {
    public var start: LocalDate
    public var end: LocalDate
    /// The grades it applies to; nil means every grade.
    public var grades: GradeRange?

    public init(start: LocalDate, end: LocalDate, grades: GradeRange? = nil) {
        self.start = start
        self.end = end
        self.grades = grades
    }

    /// Whether the holiday covers a date for a class of `grade` (nil: a class without a grade,
    /// which only school-wide holidays cover).
    public func covers(_ date: LocalDate, grade: Int?) -> Bool {
        guard start <= date, date <= end else { return false }
        guard let grades else { return true }
        return grade.map(grades.contains) ?? false
    }
}
