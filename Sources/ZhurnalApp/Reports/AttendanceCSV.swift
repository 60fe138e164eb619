import ZhurnalCore

/// The attendance report as CSV rows: a row per student, then the totals row (student `total`).
public enum AttendanceCSV {
    public static func report(_ report: AttendanceReport) -> [[String]] {
        var rows = [["class", "term", "student", "lessons", "missed", "ill", "excused", "unexcused", "late", "missed_pct"]]
        for row in report.rows { rows.append(line(report, row.name, row.tally)) }
        rows.append(line(report, "total", report.totals))
        return rows
    }

    private static func line(_ report: AttendanceReport, _ name: String, _ tally: AttendanceTally) -> [String] {
        [report.className, String(report.term), name] + AttendanceText.values(tally).dropLast() + [tally.missedPercent?.shown ?? ""]
    }
}
