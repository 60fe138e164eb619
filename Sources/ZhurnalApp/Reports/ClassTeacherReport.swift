import ZhurnalCore

/// The class teacher's period report (отчёт классного руководителя, domain.md "Attendance"): each
/// subject's statistics of the class for a term and the class's attendance. The movement of the
/// class (arrived, left) joins it where the journal records movements.
public struct ClassTeacherReport: Sendable {
    public let summary: ClassSummary
    public let attendance: AttendanceReport

    public init(summary: ClassSummary, attendance: AttendanceReport) {
        self.summary = summary
        self.attendance = attendance
    }
}

extension SummaryBuilder {
    /// The class teacher's report of a class for a term (the current one when nil).
    public func classTeacher(className: String, term: Int?) throws -> ClassTeacherReport {
        let attendance = try attendance(className: className, term: term)
        let summary = try classSummary(className: className, period: .term(attendance.term))
        return ClassTeacherReport(summary: summary, attendance: attendance)
    }
}
