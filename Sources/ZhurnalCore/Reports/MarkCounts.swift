/// How many of a student's counting marks across subjects are 5, 4, 3, 2 (a 1 counts as a 2)
/// and н/а — counted as `ClassStatistics` counts a class's marks.
public struct MarkCounts: Equatable, Sendable {
    public let fives: Int, fours: Int, threes: Int, twos: Int, notAttested: Int

    /// Counts the marks; `осв` counts in none of them.
    public init(_ marks: [TermMark]) {
        let counted = ClassStatistics(termMarks: marks)
        (fives, fours, threes, twos, notAttested) = (counted.n5, counted.n4, counted.n3, counted.n2, counted.notAttested)
    }

    /// The counts in the order 5, 4, 3, 2, н/а.
    public var columns: [Int] { [fives, fours, threes, twos, notAttested] }
}
