import ZhurnalCore

/// A class's totals over all subjects: students by category, and the class's успеваемость
/// (students with no 2 and no н/а) and качество (отличники and хорошисты), both over the students
/// with at least one counting mark.
public struct ClassTotals: Equatable, Sendable {
    public var students: Int
    public var excellent: Int
    public var good: Int
    public var oneThree: Int
    public var failing: Int

    public init(_ summary: ClassSummary) {
        students = summary.categories.count
        excellent = summary.count(of: .excellent)
        good = summary.count(of: .good)
        oneThree = summary.count(of: .oneThree)
        failing = summary.count(of: .failing)
    }

    /// (students − неуспевающие) / students × 100.
    public var progress: Ratio? { Ratio.percent(students - failing, of: students) }
    /// (отличники + хорошисты) / students × 100.
    public var quality: Ratio? { Ratio.percent(excellent + good, of: students) }
}
