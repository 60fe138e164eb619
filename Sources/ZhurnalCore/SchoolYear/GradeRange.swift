import Foundation

/// A range of parallels (grades), e.g. 5–9, as written in a calendar file: `5-9`, `10-11`, `7`.
public struct GradeRange: Hashable, Sendable, CustomStringConvertible {
    /// Grades a school may have.
    public static let schoolGrades = 1...11

    public let lower: Int
    public let upper: Int

    /// A range within 1…11 with `lower <= upper`.
    public init?(_ lower: Int, _ upper: Int) {
        guard Self.schoolGrades.contains(lower), Self.schoolGrades.contains(upper), lower <= upper else { return nil }
        self.lower = lower
        self.upper = upper
    }

    /// Parses `5-9`, `5–9` or `7`; nil for anything else (an empty field means every grade and is
    /// handled by the caller).
    public init?(parsing text: String) {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let digits = parts.map { part in part.allSatisfy(\.isASCIIDigit) && !part.isEmpty && part.count <= 2 ? Int(part) : nil }
        switch digits.count {
        case 1: guard let grade = digits[0] else { return nil }; self.init(grade, grade)
        case 2: guard let lower = digits[0], let upper = digits[1] else { return nil }; self.init(lower, upper)
        default: return nil
        }
    }

    /// The grades of the range.
    public var grades: ClosedRange<Int> { lower...upper }

    public func contains(_ grade: Int) -> Bool { grades.contains(grade) }

    /// `5-9`, or `7` for one grade.
    public var description: String { lower == upper ? "\(lower)" : "\(lower)-\(upper)" }

    /// The grade (parallel) of a class name: its leading number, `7` for «7А», nil when the name
    /// does not start with a school grade.
    public static func grade(ofClass name: String) -> Int? {
        let digits = name.trimmingCharacters(in: .whitespaces).prefix { $0.isASCIIDigit }
        guard let grade = Int(digits), schoolGrades.contains(grade) else { return nil }
        return grade
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
