import ZhurnalCore

/// The class risk view: per subject the share of students at risk, per student the reasons.
public struct RiskReport: Sendable {
    /// One subject's share of students at risk.
    public struct SubjectShare: Sendable {
        public var subject: String
        public var students: Int
        public var atRisk: Int
        /// `atRisk / students × 100`; nil without students.
        public var share: Ratio? { Ratio.percent(atRisk, of: students) }
    }

    /// A student at risk in at least one subject.
    public struct StudentRisk: Sendable {
        public var studentID: Int
        public var name: String
        /// Subjects in the class's order with their reasons; only subjects with a reason.
        public var subjects: [(subject: String, reasons: [RiskReason])]
    }

    public var className: String
    public var term: Term
    /// What the calendar calls its terms.
    public var termKind: TermKind
    public var asOf: LocalDate
    public var subjects: [SubjectShare]
    public var students: [StudentRisk]
    /// Students enrolled in the class.
    public var classSize: Int

    /// The students of the class at risk in any subject, over the class size.
    public var classShare: Ratio? { Ratio.percent(students.count, of: classSize) }
}

extension RiskReport {
    /// The report's term as the calendar names it.
    public var termName: TermName { TermName(term.number, kind: termKind) }
}
