/// One lesson of a student in a subject: the column's date and weight, and the student's entry
/// (nil for an empty cell). The input of the dynamics and risk computations.
public struct DatedEntry: Hashable, Sendable {
    public var date: LocalDate
    public var entry: Entry?
    public var weight: Weight

    /// A lesson on `date` with the column's `weight` and the student's `entry`.
    public init(date: LocalDate, entry: Entry?, weight: Weight = Weight(1)) {
        self.date = date
        self.entry = entry
        self.weight = weight
    }

    /// The numeric marks of the entry (a double mark gives two).
    public var marks: [Int] { entry?.numericMarks ?? [] }

    /// True when the student missed the lesson (н, б, у); being late (оп) is not missing it.
    public var isMissed: Bool {
        if case .absence(let kind) = entry { return kind != .late }
        return false
    }
}
