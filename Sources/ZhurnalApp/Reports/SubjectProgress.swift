import ZhurnalCore

/// One subject on a student's card: where the student stands, how he moves and why he is at risk.
public struct SubjectProgress: Sendable {
    /// The subject's name.
    public var subject: String
    /// The student's lessons of the school year up to the card's date, in date order.
    public var lessons: [DatedEntry]
    /// The kind code of each lesson (same order as `lessons`), for comparable works.
    public var kindCodes: [String]
    /// The running average of the whole class over the school year, for the chart's second line.
    public var classSeries: [AveragePoint]
    /// The term's recommendation up to the card's date: average, marks count and mark.
    public var recommendation: Recommendation
    /// The final marks the teacher set, by term number (0 is the year).
    public var finalMarks: [Int: String]
    /// The trend against the student's own previous window; nil without marks in both windows.
    public var trend: Trend?
    /// Lessons of the term missed (н, б, у) and held so far.
    public var missed: Int
    public var lessonsHeld: Int
    /// Why the student is in the risk zone; empty when he is not.
    public var reasons: [RiskReason]
    /// The student's marks in this subject's columns marked базовый or повышенный, by level.
    public var levels: [AchievementLevel: [WeightedMark]] = [:]

    /// The running average of the student's marks over the school year.
    public var series: [AveragePoint] { RunningAverage.series(lessons) }

    /// The student's entries on columns of a kind, in date order (e.g. each контрольная).
    public func works(ofKind code: String) -> [DatedEntry] {
        zip(lessons, kindCodes).filter { $0.1 == code }.map(\.0)
    }
}

/// A student's card: every subject of the class for a term, as of a date.
public struct StudentCard: Sendable {
    public var className: String
    /// "Фамилия Имя".
    public var studentName: String
    public var term: Term
    /// What the calendar calls its terms.
    public var termKind: TermKind
    /// The day the card looks from: today, or the term's end once the term is over.
    public var asOf: LocalDate
    public var subjects: [SubjectProgress]
    /// The trend over all subjects' marks together.
    public var overallTrend: Trend?
    /// The class's lessons in the term after `asOf`, which take no marks yet.
    public var upcomingLessons = 0
}

extension StudentCard {
    /// The card's term as the calendar names it.
    public var termName: TermName { TermName(term.number, kind: termKind) }
}
