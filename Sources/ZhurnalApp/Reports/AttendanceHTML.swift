import TerminalUI
import ZhurnalCore

/// The attendance report as a printable HTML page (A4 portrait, every text escaped).
public enum AttendanceHTML {
    /// The whole page: heading, the table and the signature lines.
    public static func page(_ report: AttendanceReport, context: SheetContext, language: Language) -> String {
        SummaryHTML.heading(report.className, nil, report.periodLabel, context: context, language: language,
                            title: .attendanceTitle, landscape: false, signer: .classTeacher)
            + table(report, language: language) + SummaryHTML.signatures(context, language: language, signer: .classTeacher) + "</body>\n</html>\n"
    }

    /// The counted days and the table: a row per student, the totals in the footer.
    static func table(_ report: AttendanceReport, language: Language) -> String {
        let a = { (label: AttendanceLabel) in label.text(language) }
        let r = { (label: ReportLabel) in label.text(language) }
        var html = "<p>\(SummaryHTML.escape(AttendanceText.days(report, language: language)))</p>\n"
        html += "<table>\n<thead><tr>" + SummaryHTML.cells([r(.number), r(.student), a(.lessons), a(.missed), a(.ill), a(.excused),
                                                            a(.unexcused), a(.late), a(.missedPercent)], tag: "th")
            + "</tr></thead>\n<tbody>\n"
        for (index, row) in report.rows.enumerated() {
            html += "<tr>" + SummaryHTML.cells([String(index + 1), row.name] + AttendanceText.values(row.tally)) + "</tr>\n"
        }
        html += "</tbody>\n<tfoot>\n<tr>" + SummaryHTML.cells(["", a(.total)] + AttendanceText.values(report.totals))
        return html + "</tr>\n</tfoot>\n</table>\n"
    }
}
