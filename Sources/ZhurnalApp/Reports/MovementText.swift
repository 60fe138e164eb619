import TerminalUI
import ZhurnalCore

/// The movement report as aligned plain text: the table of classes with the school's totals, the
/// departures by reason, then each class's movements.
public enum MovementText {
    /// The whole report.
    public static func report(_ report: MovementReport, language: Language) -> String {
        let title = "\(MovementLabel.title.text(language)): \(report.periodLabel.text(language))"
            + (report.interim ? " (\(ReportLabel.interim.text(language)))" : "")
        var lines = [title, ""] + table(report.classes.map { ($0.className, $0.tally) } + [(MovementLabel.total.text(language), report.totals)],
                                        language: language, totalsLast: true)
        lines += [""] + reasons(report.totals, language: language)
        for line in report.classes where !line.events.isEmpty {
            lines += ["", "\(line.className):"] + line.events.map { "  " + event($0, language: language) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One class's movement as the class teacher's report shows it: the counted days, its line
    /// of the table, the departures by reason and its movements (or that there were none).
    static func classLines(_ movement: MovementReport.ClassMovement, language: Language) -> [String] {
        var lines = [MovementLabel.days(movement.days.lowerBound, movement.days.upperBound).text(language)]
            + table([(movement.className, movement.tally)], language: language, totalsLast: false)
        if movement.tally.left > 0 { lines += reasons(movement.tally, language: language) }
        lines += movement.events.isEmpty ? [MovementLabel.noMovements.text(language)]
                                         : movement.events.map { event($0, language: language) }
        return lines
    }

    /// The header and a line per (name, tally); with `totalsLast`, a rule before the last line.
    static func table(_ lines: [(String, MovementTally)], language: Language, totalsLast: Bool) -> [String] {
        let headers = header(language)
        let nameWidth = ([headers[0]] + lines.map(\.0)).map(\.displayWidth).max() ?? 0
        let widths = headers.dropFirst().map { max(4, $0.displayWidth) }
        func line(_ cells: [String]) -> String {
            ([cells[0].fitted(toWidth: nameWidth)] + zip(cells.dropFirst(), widths).map { $0.fitted(toWidth: $1, alignment: .right) })
                .joined(separator: " ").trimmingTrailingSpaces()
        }
        let head = line(headers)
        let rule = String(repeating: "-", count: head.displayWidth)
        var body = lines.map { line([$0.0] + values($0.1)) }
        if totalsLast, body.count > 1 { body.insert(rule, at: body.count - 1) }
        return [head, rule] + body
    }

    /// The column titles: class, at start, arrived, moved in, left, moved out, at end.
    static func header(_ language: Language) -> [String] {
        [MovementLabel.className, .atStart, .arrived, .transferredIn, .left, .transferredOut, .atEnd].map { $0.text(language) }
    }

    /// A tally's numbers in the columns' order.
    static func values(_ tally: MovementTally) -> [String] {
        [tally.atStart, tally.arrived, tally.transferredIn, tally.left, tally.transferredOut, tally.atEnd].map(String.init)
    }

    /// «Выбыли по причинам: переезд — 2, причина не указана — 1» (nothing when nobody left).
    static func reasons(_ tally: MovementTally, language: Language) -> [String] {
        guard tally.left > 0 else { return [] }
        return ["\(MovementLabel.byReason.text(language)): " + reasonCounts(tally, language: language)
            .map { "\($0.reason) — \($0.count)" }.joined(separator: ", ")]
    }

    /// The reasons in alphabetical order (the empty one, named, last) with their counts.
    static func reasonCounts(_ tally: MovementTally, language: Language) -> [(reason: String, count: Int)] {
        tally.leftByReason.sorted { ($0.key.isEmpty ? 1 : 0, $0.key) < ($1.key.isEmpty ? 1 : 0, $1.key) }
            .map { ($0.key.isEmpty ? MovementLabel.noReason.text(language) : $0.key, $0.value) }
    }

    /// «Новиков Олег — прибытие 05.10.2026, приказ 12-у».
    static func event(_ event: MovementReport.Event, language: Language) -> String {
        var text = "\(event.student) — \(MovementLabel.event(event).text(language)) \(event.date.russian)"
        if !event.reason.isEmpty { text += " (\(event.reason))" }
        if !event.order.isEmpty { text += ", \(MovementLabel.order.text(language)) \(event.order)" }
        return text
    }
}
