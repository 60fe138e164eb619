import ZhurnalCore

/// How many of a student's counting marks are 5, 4, 3, 2 (a 1 counts as a 2) and н/а.
public struct MarkCounts: Equatable, Sendable {
    public var fives = 0, fours = 0, threes = 0, twos = 0, notAttested = 0

    /// Counts the marks; `осв` counts in none of them.
    public init(_ marks: [TermMark]) {
        for mark in marks {
            switch mark {
            case .mark(5): fives += 1
            case .mark(4): fours += 1
            case .mark(3): threes += 1
            case .mark(let m) where m <= 2: twos += 1
            case .notAttested: notAttested += 1
            default: break
            }
        }
    }

    /// The counts in the order 5, 4, 3, 2, н/а.
    public var columns: [Int] { [fives, fours, threes, twos, notAttested] }
}
