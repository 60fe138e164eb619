import ZhurnalCore

/// A class's attendance for a term (docs/user-guide.md §10, "Attendance and the class teacher's
/// report"): a row per student enrolled in it and the class totals (student-lessons added up).
public struct AttendanceReport: Sendable {
    /// One student's line.
    public struct Row: Sendable {
        public let studentID: Int
        public let name: String
        public let tally: AttendanceTally
    }

    public let className: String
    public let term: Int
    public let termKind: TermKind
    /// The days counted: the term's up to today; nil before the term has begun.
    public let days: ClosedRange<LocalDate>?
    /// True while the term is still running (the count is so far, not final).
    public let interim: Bool
    public let rows: [Row]

    /// The class's totals: every student's tally added.
    public var totals: AttendanceTally { rows.reduce(AttendanceTally()) { $0 + $1.tally } }

    /// The term's label: «2 четверть».
    var periodLabel: ReportLabel { .term(TermName(term, kind: termKind)) }
}
