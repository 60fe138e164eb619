import ZhurnalCore

/// The attendance report as JSON with the keys of docs/file-formats.md ("JSON reports"):
/// `{"class","term","students":[{"name","lessons","missed","ill","excused","unexcused","late","missed_pct"}],"totals":{…}}`,
/// plus `"interim"` and the counted days `"from"`, `"to"` (null before the term has begun).
public enum AttendanceJSON {
    public static func report(_ report: AttendanceReport) -> JSONValue {
        .object([
            ("class", .string(report.className)),
            ("term", .int(report.term)),
            ("interim", .bool(report.interim)),
            ("from", .optional(report.days?.lowerBound.iso)),
            ("to", .optional(report.days?.upperBound.iso)),
            ("students", .array(report.rows.map { .object([("name", .string($0.name))] + fields($0.tally)) })),
            ("totals", .object(fields(report.totals))),
        ])
    }

    private static func fields(_ tally: AttendanceTally) -> [(String, JSONValue)] {
        [
            ("lessons", .int(tally.lessons)), ("missed", .int(tally.missed)), ("ill", .int(tally.ill)),
            ("excused", .int(tally.excused)), ("unexcused", .int(tally.unexcused)), ("late", .int(tally.late)),
            ("missed_pct", .decimal(tally.missedPercent)),
        ]
    }
}
