import ZhurnalCore

/// A generated demo school, independent of storage: what `zhurnal demo` writes into a journal.
public struct DemoSchool: Sendable {
    public var schoolName: String
    /// The calendar year in which the demo's school year starts (1 September).
    public var schoolYear: Int
    /// The demo's "today": no lesson is later than this date.
    public var today: LocalDate
    public var classes: [DemoClass]
}

/// One class of the demo school.
public struct DemoClass: Sendable {
    public var name: String
    public var students: [DemoStudent]
    public var subjects: [DemoSubject]
}

/// How a demo student's marks behave over the school year.
public enum DemoProfile: String, CaseIterable, Sendable {
    case strong, good, average, weak, failing, improving, declining, oftenAbsent

    /// The mark level, in hundredths, the student shows at a point of the year given in per mille
    /// (0 = the first lesson, 1000 = the demo's today).
    func level(atPerMille progress: Int) -> Int {
        switch self {
        case .strong: return 475
        case .good: return 415
        case .average: return 360
        case .weak: return 305
        case .failing: return 255
        case .improving: return 290 + 160 * progress / 1000
        case .declining: return 450 - 170 * progress / 1000
        case .oftenAbsent: return 340
        }
    }
}

/// A student of a demo class.
public struct DemoStudent: Sendable {
    public var lastName: String
    public var firstName: String
    public var middleName: String
    public var profile: DemoProfile
}

/// A subject taught in a demo class, with its lesson columns.
public struct DemoSubject: Sendable {
    public var name: String
    public var columns: [DemoColumn]
    /// Student indexes exempt from the subject (осв in every column and as the final mark).
    public var exempt: Set<Int>
}

/// One lesson column: a dated piece of work and the entries students got for it.
public struct DemoColumn: Sendable {
    public var date: LocalDate
    /// The kind of work by its Russian name, as a teacher would type it in a marks file.
    public var kindName: String
    /// A weight differing from the kind's default, if any.
    public var weight: Weight?
    /// Entries by student index; students without an entry have an empty cell.
    public var entries: [Int: Entry]
}
