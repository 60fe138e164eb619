import TerminalUI
import ZhurnalCore

/// The objectivity report as text: the overview (a line per class and subject, per subject and
/// the total), then per class and subject each participant's external and journal marks, the
/// counts, both sides' statistics and the correlation, with the shares at or above the setting
/// marked `!`; the procedure's totals at the end.
public enum ObjectivityText {
    public static func report(_ report: ObjectivityReport, language: Language) -> String {
        let l = { (label: ObjectivityLabel) in label.text(language) }
        var lines = ["\(l(.title)): \(report.procedure)", ""] + overview(report, language: language).all + [""]
        for group in report.groups {
            lines += self.group(group, language: language) + [""]
        }
        lines.append("\(l(.total)):")
        lines += figures(report.figures, language: language).map { "  " + $0 }
        if report.subjects.count > 1 {
            lines.append("  \(l(.correlationBySubject)): "
                         + report.subjects.map { "\($0.subject) \($0.figures.correlation?.shown ?? "—")" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One class and subject: its title, each participant, and its figures.
    static func group(_ group: ObjectivityReport.Group, language: Language) -> [String] {
        let l = { (label: ObjectivityLabel) in label.text(language) }
        var lines = ["\(group.className), \(group.subject), \(TermName(group.term, kind: group.termKind).text(language))"]
        let externalWidth = l(.external).displayWidth, journalWidth = l(.journal).displayWidth
        let nameWidth = min(ReportLayout.maxNameWidth,
                            max(ReportLabel.student.text(language).displayWidth, group.participants.map(\.name.displayWidth).max() ?? 0))
        lines.append(([ReportLabel.student.text(language).fitted(toWidth: nameWidth), l(.score).fitted(toWidth: 5, alignment: .right),
                       l(.external), l(.journal),
                       ReportLabel.average.text(language).fitted(toWidth: 8, alignment: .right), ""])
            .joined(separator: "  ").trimmingTrailingSpaces())
        for p in group.participants {
            lines.append([p.name.fitted(toWidth: nameWidth), (p.score.map(String.init) ?? "—").fitted(toWidth: 5, alignment: .right),
                          String(p.externalMark).fitted(toWidth: externalWidth, alignment: .right),
                          (p.journalMark?.description ?? "—").fitted(toWidth: journalWidth, alignment: .right),
                          (p.average?.shown ?? "—").fitted(toWidth: 8, alignment: .right),
                          p.comparison.map { l(label($0)) } ?? l(.notCompared)]
                .joined(separator: "  ").trimmingTrailingSpaces())
        }
        return lines + figures(group.figures, language: language).map { "  " + $0 }
    }

    /// The overview's lines: which classes disagree, at a glance.
    struct Overview {
        /// The column names.
        var header: String
        /// One line per class and subject, in the report's group order.
        var groups: [String]
        /// One line per subject over its classes; none when there is only one subject.
        var subjects: [String]
        /// The procedure's line.
        var total: String

        var all: [String] { [header] + groups + subjects + [total] }
    }

    /// One line per class and subject, per subject (when several) and for the procedure:
    /// participants, the three shares (`!` where highlighted) and the correlation, which is
    /// per subject only («—» on the total of several subjects).
    static func overview(_ report: ObjectivityReport, language: Language) -> Overview {
        let l = { (label: ObjectivityLabel) in label.text(language) }
        let groups = report.groups.map { ([$0.className, $0.subject], $0.figures) }
        let subjects = report.subjects.count > 1 ? report.subjects.map { (["", $0.subject], $0.figures) } : []
        let classWidth = max(ReportLabel.className.text(language).displayWidth, groups.map { $0.0[0].displayWidth }.max() ?? 0)
        let subjectWidth = max(ReportLabel.subject.text(language).displayWidth, (groups + subjects).map { $0.0[1].displayWidth }.max() ?? 0,
                               l(.total).displayWidth - classWidth - 2)
        let headers = [l(.participants), l(.lowered), l(.confirmed), l(.raised)].map { $0.prefix(1).uppercased() + $0.dropFirst() } + ["r"]
        let widths = headers.map { max($0.displayWidth, 9) }
        /// The class and subject in their columns, or one name (the total) across both.
        func line(_ name: [String], _ cells: [String]) -> String {
            let names = name.count == 2 ? [name[0].fitted(toWidth: classWidth), name[1].fitted(toWidth: subjectWidth)]
                                        : [name[0].fitted(toWidth: classWidth + 2 + subjectWidth)]
            return (names + zip(cells, widths).map { $0.fitted(toWidth: $1, alignment: .right) })
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        let share = { (value: Ratio?, highlighted: Bool) in (value.map { "\($0.shown)%" } ?? "—") + (highlighted ? " !" : "  ") }
        func row(_ name: [String], _ f: ObjectivityReport.Figures) -> String {
            line(name, [String(f.participants), share(f.loweredPercent, f.loweredHighlighted), share(f.confirmedPercent, false),
                        share(f.raisedPercent, f.raisedHighlighted), f.correlation?.shown ?? "—"])
        }
        return Overview(header: line([ReportLabel.className.text(language), ReportLabel.subject.text(language)], headers),
                        groups: groups.map(row), subjects: subjects.map(row), total: row([l(.total)], report.figures))
    }

    static func figures(_ f: ObjectivityReport.Figures, language: Language) -> [String] {
        let l = { (label: ObjectivityLabel) in label.text(language) }
        let percent = { (value: Ratio?) in value.map { "\($0.shown)%" } ?? "—" }
        return [
            "\(l(.participants)) \(f.participants): \(l(.lowered)) \(f.lowered) (\(percent(f.loweredPercent)))\(f.loweredHighlighted ? " !" : ""), "
                + "\(l(.confirmed)) \(f.confirmed) (\(percent(f.confirmedPercent))), "
                + "\(l(.raised)) \(f.raised) (\(percent(f.raisedPercent)))\(f.raisedHighlighted ? " !" : "")",
            "\(l(.external)): " + SummaryText.statistics(f.external, language: language)[0],
            "\(l(.journal)): " + SummaryText.statistics(f.journal, language: language)[0],
            "\(l(.correlation)): \(f.correlation?.shown ?? "—")",
        ] + (f.flagged ? ["! \(l(.highlight(f.highlightPercent)))"] : [])
    }

    private static func label(_ comparison: ObjectivityReport.Comparison) -> ObjectivityLabel {
        switch comparison {
        case .lowered: return .lowered
        case .confirmed: return .confirmed
        case .raised: return .raised
        }
    }
}
