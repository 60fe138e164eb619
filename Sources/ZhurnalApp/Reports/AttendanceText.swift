import TerminalUI
import ZhurnalCore

/// The attendance report as aligned plain text: for the terminal, the screen and printing.
public enum AttendanceText {
    /// The title, the days counted, the table and the totals line, names cut to fit `width`.
    public static func report(_ report: AttendanceReport, language: Language, width: Int = PrintPage.portrait.width) -> String {
        ([title(report, language: language), ""] + table(report, language: language, width: width)).joined(separator: "\n") + "\n"
    }

    /// «Посещаемость: 7А, 1 четверть (промежуточная)».
    static func title(_ report: AttendanceReport, language: Language) -> String {
        "\(PrintLabel.attendanceTitle.text(language)): \(report.className), \(report.periodLabel.text(language))"
            + (report.interim ? " (\(ReportLabel.interim.text(language)))" : "")
    }

    /// The days counted, the header, a line per student, a rule and the totals.
    static func table(_ report: AttendanceReport, language: Language, width: Int) -> [String] {
        let (header, rows) = headerAndRows(report, language: language, width: width)
        let rule = String(repeating: "-", count: header.displayWidth)
        return [days(report, language: language), header, rule] + rows
    }

    /// The header line and the body lines (students, rule, totals): what a printed sheet repeats.
    /// Names are cut to leave the numbers within `width`.
    static func headerAndRows(_ report: AttendanceReport, language: Language,
                              width: Int = PrintPage.portrait.width) -> (String, [String]) {
        let a = { (label: AttendanceLabel) in label.text(language) }
        let r = { (label: ReportLabel) in label.text(language) }
        let labels: [AttendanceLabel] = [.lessons, .missed, .ill, .excused, .unexcused, .late, .missedPercent]
        let widths = labels.map { max(6, a($0).displayWidth) }
        let numbers = widths.reduce(0) { $0 + $1 + 1 }
        let nameWidth = max(r(.student).displayWidth, a(.total).displayWidth,
                            min(width - 4 - numbers, report.rows.map(\.name.displayWidth).max() ?? 0))
        func line(_ number: String, _ name: String, _ values: [String]) -> String {
            ([number.fitted(toWidth: 3, alignment: .right), name.fitted(toWidth: nameWidth)]
             + zip(values, widths).map { $0.fitted(toWidth: $1, alignment: .right) }).joined(separator: " ").trimmingTrailingSpaces()
        }
        let header = line(r(.number), r(.student), labels.map(a))
        var body = report.rows.enumerated().map { index, row in line(String(index + 1), row.name, values(row.tally)) }
        body.append(String(repeating: "-", count: header.displayWidth))
        body.append(line("", a(.total), values(report.totals)))
        return (header, body)
    }

    /// The counted days, or that the term has not begun.
    static func days(_ report: AttendanceReport, language: Language) -> String {
        guard let days = report.days else { return AttendanceLabel.notBegun.text(language) }
        return AttendanceLabel.days(days.lowerBound, days.upperBound).text(language)
    }

    /// A tally's cells: lessons, missed, ill, excused, unexcused, late, missed % («—» without lessons).
    static func values(_ tally: AttendanceTally) -> [String] {
        [tally.lessons, tally.missed, tally.ill, tally.excused, tally.unexcused, tally.late].map(String.init)
            + [tally.missedPercent?.shown ?? "—"]
    }
}
