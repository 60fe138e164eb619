import ZhurnalCore

/// The class teacher's report as JSON: `{"class","term","subjects":[subject summaries],
/// "categories":{…},"attendance":{attendance report},"movement":{the class's line of the movement
/// report}}`.
public enum ClassTeacherJSON {
    public static func report(_ report: ClassTeacherReport) -> JSONValue {
        guard case .object(let fields) = SummaryJSON.classSummary(report.summary) else { return .null }
        return .object(fields + [("attendance", AttendanceJSON.report(report.attendance)),
                                 ("movement", MovementJSON.classMovement(report.movement))])
    }
}
