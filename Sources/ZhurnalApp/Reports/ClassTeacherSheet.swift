import TerminalUI
import ZhurnalCore

/// The class teacher's report laid out for printing: A4 portrait text and an HTML page.
public enum ClassTeacherSheet {
    /// The text document: the statistics of every subject (a line each) with the class totals,
    /// then the attendance table, then the class's movement, then the signature lines.
    public static func document(_ report: ClassTeacherReport, context: SheetContext, language: Language) -> PrintDocument {
        let (statisticsHeader, statistics) = statisticsLines(report.summary, language: language)
        let (attendanceHeader, attendance) = AttendanceText.headerAndRows(report.attendance, language: language)
        let rule = { (line: String) in String(repeating: "-", count: line.displayWidth) }
        let width = PrintPage.portrait.width
        let totals = SummarySheet.totals(ClassTotals(report.summary), language: language).flatMap { line in
            line.displayWidth <= width ? [line] : line.wrapped(toWidth: width)
        }
        let sections = [
            PrintSection(tableHeader: [AttendanceLabel.statistics.text(language), statisticsHeader, rule(statisticsHeader)],
                         body: statistics + [""] + totals + [""]),
            PrintSection(tableHeader: [AttendanceText.title(report.attendance, language: language),
                                       AttendanceText.days(report.attendance, language: language),
                                       attendanceHeader, rule(attendanceHeader)],
                         body: attendance + [""]),
            PrintSection(tableHeader: [MovementLabel.title.text(language)],
                         body: MovementText.classLines(report.movement, language: language)),
        ]
        return PrintDocument(heading: SummarySheet.heading(report.summary.className, nil, report.attendance.periodLabel,
                                                           context: context, language: language, title: .classTeacherTitle,
                                                           signer: .classTeacher),
                             sections: sections, closing: closing(context, language: language))
    }

    /// The HTML page: the same tables, the movement and the signature lines.
    public static func html(_ report: ClassTeacherReport, context: SheetContext, language: Language) -> String {
        let (header, rows) = statisticsCells(report.summary, language: language)
        var html = SummaryHTML.heading(report.summary.className, nil, report.attendance.periodLabel, context: context,
                                       language: language, title: .classTeacherTitle, landscape: false, signer: .classTeacher)
        html += "<h2>\(SummaryHTML.escape(AttendanceLabel.statistics.text(language)))</h2>\n"
        html += "<table>\n<thead><tr>" + SummaryHTML.cells(header, tag: "th") + "</tr></thead>\n<tbody>\n"
        html += rows.map { "<tr>" + SummaryHTML.cells($0) + "</tr>\n" }.joined() + "</tbody>\n</table>\n"
        html += SummarySheet.totals(ClassTotals(report.summary), language: language)
            .map { "<p>\(SummaryHTML.escape($0))</p>\n" }.joined()
        html += "<h2>\(SummaryHTML.escape(AttendanceText.title(report.attendance, language: language)))</h2>\n"
        html += AttendanceHTML.table(report.attendance, language: language)
        html += "<h2>\(SummaryHTML.escape(MovementLabel.title.text(language)))</h2>\n"
        html += MovementHTML.classSection(report.movement, language: language)
        return html + SummaryHTML.signatures(context, language: language, signer: .classTeacher) + "</body>\n</html>\n"
    }

    /// The statistics table as aligned text: its header and a line per subject.
    static func statisticsLines(_ summary: ClassSummary, language: Language) -> (String, [String]) {
        let (header, rows) = statisticsCells(summary, language: language)
        let subjectWidth = min(ReportLayout.maxNameWidth, ([header[0]] + rows.map { $0[0] }).map(\.displayWidth).max() ?? 0)
        let widths = header.indices.dropFirst().map { column in ([header] + rows).map { $0[column].displayWidth }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            ([cells[0].fitted(toWidth: subjectWidth)] + zip(cells.dropFirst(), widths).map { $0.fitted(toWidth: $1, alignment: .right) })
                .joined(separator: " ").trimmingTrailingSpaces()
        }
        return (line(header), rows.map(line))
    }

    /// The header and a row per subject: students, N, the distribution, успеваемость, качество,
    /// СОУ and the mean mark («—» where there is no value).
    static func statisticsCells(_ summary: ClassSummary, language: Language) -> ([String], [[String]]) {
        let r = { (label: ReportLabel) in label.text(language) }
        let header = [r(.subject), "N", "5", "4", "3", "2", "н/а", "осв", r(.progress), r(.quality), r(.sou), r(.meanMark)]
        let rows = summary.subjects.map { subject -> [String] in
            let s = subject.statistics
            return [subject.subject, String(s.counted)]
                + [s.n5, s.n4, s.n3, s.n2, s.notAttested, s.exempt].map(String.init)
                + [s.progress, s.quality, s.sou, s.meanMark].map { $0?.shown ?? "—" }
        }
        return (header, rows)
    }

    /// The signature lines of the class teacher and the deputy head.
    static func closing(_ context: SheetContext, language: Language) -> [String] {
        let l = { (label: PrintLabel) in label.text(language) }
        return ["", "\(l(.classTeacher)) \(SheetContext.blank) / \(context.teacherOrBlank) /", "",
                "\(l(.deputy)) \(SheetContext.blank) / \(SheetContext.blank) /"]
    }
}
