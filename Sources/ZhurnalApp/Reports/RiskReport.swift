import ZhurnalCore

/// The class risk view: per subject the share of students at risk, the students at risk ranked
/// (`RiskRank`), and apart from them the students showing only a decline (never in the share).
public struct RiskReport: Sendable {
    /// One subject's share of students at risk.
    public struct SubjectShare: Sendable {
        public var subject: String
        public var students: Int
        public var atRisk: Int
        /// Students with the decline signal only.
        public var declining: Int
        /// `atRisk / students × 100`; nil without students.
        public var share: Ratio? { Ratio.percent(atRisk, of: students) }
    }

    /// One subject of a listed student: its reasons, current average and projected term mark.
    public struct SubjectRisk: Sendable {
        public var subject: String
        public var reasons: [RiskReason]
        public var average: Ratio?
        /// The term mark the term's marks so far give (`н/а` below the attestation minimum).
        public var projected: TermMark

        /// The subject's place in a ranked list.
        public var rank: RiskRank {
            RiskRank(projected: projected, average: average, reasons: reasons.filter(\.isRisk).count)
        }
    }

    /// A student at risk (or, in `declining`, with a decline) in at least one subject.
    public struct StudentRisk: Sendable {
        public var studentID: Int
        public var name: String
        public var className: String
        /// Subjects in ranked order (`RiskRank`), then the class's order; only subjects with a reason.
        public var subjects: [SubjectRisk]

        /// The student's place in a ranked list: his first subject's, with every reason counted.
        public var rank: RiskRank? { RiskRank.combined(subjects.map(\.rank)) }
    }

    public var className: String
    public var term: Term
    /// What the calendar calls its terms.
    public var termKind: TermKind
    public var asOf: LocalDate
    public var subjects: [SubjectShare]
    /// The students at risk in any subject, ranked.
    public var students: [StudentRisk]
    /// The students not at risk with a decline in some subject, in class-list order.
    public var declining: [StudentRisk]
    /// Students enrolled in the class.
    public var classSize: Int

    /// The students of the class at risk in any subject, over the class size.
    public var classShare: Ratio? { Ratio.percent(students.count, of: classSize) }
}

/// The school's (or one parallel's) risk view: each class's share and every student at risk,
/// ranked across the classes — what a deputy head opens first.
public struct SchoolRiskReport: Sendable {
    /// `nil` for the whole school, else the grade (parallel) shown.
    public var grade: Int?
    public var term: Term
    /// What the calendar calls its terms.
    public var termKind: TermKind
    public var asOf: LocalDate
    /// Each class's report, in class order.
    public var classes: [RiskReport]

    /// The report's term as the calendar names it.
    public var termName: TermName { TermName(term.number, kind: termKind) }

    /// Every student at risk in the classes, ranked (`RiskRank`), ties in class order.
    public var students: [RiskReport.StudentRisk] { RiskRank.ranked(classes.flatMap(\.students), by: \.rank) }

    /// Students enrolled in the classes.
    public var enrolled: Int { classes.reduce(0) { $0 + $1.classSize } }

    /// The students at risk over the students enrolled.
    public var share: Ratio? { Ratio.percent(classes.reduce(0) { $0 + $1.students.count }, of: enrolled) }
}

extension RiskReport {
    /// The report's term as the calendar names it.
    public var termName: TermName { TermName(term.number, kind: termKind) }
}
