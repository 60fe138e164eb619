import ZhurnalCore

/// The class teacher's period report (отчёт классного руководителя, docs/user-guide.md §10): each
/// subject's statistics of the class for a term, the class's attendance and its movement (arrived,
/// left with reasons, transferred).
public struct ClassTeacherReport: Sendable {
    public let summary: ClassSummary
    public let attendance: AttendanceReport
    public let movement: MovementReport.ClassMovement

    public init(summary: ClassSummary, attendance: AttendanceReport, movement: MovementReport.ClassMovement) {
        self.summary = summary
        self.attendance = attendance
        self.movement = movement
    }
}

extension SummaryBuilder {
    /// The class teacher's report of a class for a term (the current one when nil).
    public func classTeacher(className: String, term: Int?) throws -> ClassTeacherReport {
        let attendance = try attendance(className: className, term: term)
        let summary = try classSummary(className: className, period: .term(attendance.term))
        guard let term = settings.calendar.term(number: attendance.term) else { throw Failure.noSuchTerm(attendance.term) }
        let movement = try movement(of: try findClass(className), term: term)
        return ClassTeacherReport(summary: summary, attendance: attendance, movement: movement)
    }
}
