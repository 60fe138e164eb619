/// A class's totals over all subjects: students by category, and the class's успеваемость
/// (students with no 2 and no н/а) and качество (отличники and хорошисты), both over the students
/// with at least one counting mark (those with a category).
public struct ClassTotals: Equatable, Sendable {
    public let students: Int
    public let excellent: Int
    public let good: Int
    public let oneThree: Int
    public let failing: Int

    /// The totals of the students' categories (`StudentCategory.of`), one per student with a
    /// counting mark.
    public init(categories: [StudentCategory]) {
        students = categories.count
        excellent = categories.filter { $0 == .excellent }.count
        good = categories.filter { $0 == .good }.count
        oneThree = categories.filter { $0 == .oneThree }.count
        failing = categories.filter { $0 == .failing }.count
    }

    /// (students − неуспевающие) / students × 100; nil without students.
    public var progress: Ratio? { Ratio.percent(students - failing, of: students) }
    /// (отличники + хорошисты) / students × 100; nil without students.
    public var quality: Ratio? { Ratio.percent(excellent + good, of: students) }
}
