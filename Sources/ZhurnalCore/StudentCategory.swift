/// A student's standing over all subjects of a period (docs/rules.md §8).
public enum StudentCategory: String, CaseIterable, Hashable, Sendable {
    /// отличник: all 5.
    case excellent
    /// хорошист: only 4 and 5, at least one 4.
    case good
    /// с одной «3»: exactly one 3, the rest 4 and 5.
    case oneThree
    /// неуспевающий: any 2 (or 1) or `н/а`.
    case failing
    /// Two or more 3s, no 2.
    case other

    /// The category of a student's counting marks across subjects; `осв` is ignored; nil when
    /// nothing is left.
    public static func of(_ marks: [TermMark]) -> StudentCategory? {
        let counted = marks.filter { $0 != .exempt }
        guard !counted.isEmpty else { return nil }
        if counted.contains(.notAttested) { return .failing }
        let numbers = counted.compactMap(\.numeric)
        if numbers.contains(where: { $0 <= 2 }) { return .failing }
        let threes = numbers.filter { $0 == 3 }.count
        if threes == 1 { return .oneThree }
        if threes > 1 { return .other }
        return numbers.allSatisfy { $0 == 5 } ? .excellent : .good
    }
}
