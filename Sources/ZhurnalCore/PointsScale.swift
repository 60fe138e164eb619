/// A procedure's points→mark scale: the least primary score for a 3, a 4 and a 5; fewer points
/// than for a 3 give a 2. Written `6,10,14` (or with `;` / `/`).
public struct PointsScale: Equatable, Sendable {
    /// The least scores for 3, 4 and 5, ascending.
    public let minimums: [Int]

    /// Parses `6,10,14`: three whole, non-negative, strictly ascending numbers.
    public init?(parsing text: String) {
        let parts = text.split(whereSeparator: { ",;/".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        let numbers = parts.compactMap { Int($0) }
        guard parts.count == 3, numbers.count == 3, numbers[0] >= 0, numbers[0] < numbers[1], numbers[1] < numbers[2] else {
            return nil
        }
        minimums = numbers
    }

    /// The mark for a score.
    public func mark(for score: Int) -> Int {
        2 + minimums.filter { $0 <= score }.count
    }
}
