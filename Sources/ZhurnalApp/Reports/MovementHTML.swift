import TerminalUI
import ZhurnalCore

/// The movement of students in HTML (every text escaped): the school's report as a printable page
/// (A4 portrait) and the class teacher's report's section.
public enum MovementHTML {
    /// The whole page: heading, the table of classes with the totals, the departures by reason,
    /// each class's movements and the signature lines.
    public static func page(_ report: MovementReport, context: SheetContext, language: Language) -> String {
        var html = SummaryHTML.heading(MovementLabel.allClasses.text(language), nil, report.periodLabel, context: context,
                                       language: language, title: .movementTitle, landscape: false)
        html += table(report.classes.map { ($0.className, $0.tally) }, totals: report.totals, language: language)
        html += MovementText.reasons(report.totals, language: language).map { "<p>\(SummaryHTML.escape($0))</p>\n" }.joined()
        for line in report.classes where !line.events.isEmpty {
            html += "<h2>\(SummaryHTML.escape(line.className))</h2>\n" + events(line.events, language: language)
        }
        return html + SummaryHTML.signatures(context, language: language) + "</body>\n</html>\n"
    }

    /// One class's movement: its line of the table, the departures by reason and its movements.
    static func classSection(_ movement: MovementReport.ClassMovement, language: Language) -> String {
        "<p>\(SummaryHTML.escape(MovementLabel.days(movement.days.lowerBound, movement.days.upperBound).text(language)))</p>\n"
            + table([(movement.className, movement.tally)], totals: nil, language: language)
            + MovementText.reasons(movement.tally, language: language).map { "<p>\(SummaryHTML.escape($0))</p>\n" }.joined()
            + (movement.events.isEmpty ? "<p>\(SummaryHTML.escape(MovementLabel.noMovements.text(language)))</p>\n"
                                       : events(movement.events, language: language))
    }

    /// A table of classes' tallies, with the totals in the footer when given.
    static func table(_ lines: [(String, MovementTally)], totals: MovementTally?, language: Language) -> String {
        var html = "<table>\n<thead><tr>" + SummaryHTML.cells(MovementText.header(language), tag: "th") + "</tr></thead>\n<tbody>\n"
        html += lines.map { "<tr>" + SummaryHTML.cells([$0.0] + MovementText.values($0.1)) + "</tr>\n" }.joined() + "</tbody>\n"
        if let totals {
            html += "<tfoot>\n<tr>" + SummaryHTML.cells([MovementLabel.total.text(language)] + MovementText.values(totals)) + "</tr>\n</tfoot>\n"
        }
        return html + "</table>\n"
    }

    /// The movements as a list.
    static func events(_ events: [MovementReport.Event], language: Language) -> String {
        "<ul>\n" + events.map { "<li>\(SummaryHTML.escape(MovementText.event($0, language: language)))</li>\n" }.joined() + "</ul>\n"
    }
}
