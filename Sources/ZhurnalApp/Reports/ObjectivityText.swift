import ZhurnalCore

/// The objectivity report as text: per class and subject each participant's external and
/// journal marks, then the counts, both sides' statistics and the correlation, with the shares
/// at or above the setting marked `!`; the procedure's totals at the end.
public enum ObjectivityText {
    public static func report(_ report: ObjectivityReport, language: Language) -> String {
        let l = { (label: ObjectivityLabel) in label.text(language) }
        var lines = ["\(l(.title)): \(report.procedure)", ""]
        for group in report.groups {
            lines.append("\(group.className), \(group.subject), \(ReportLabel.term(group.term).text(language))")
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
            lines += figures(group.figures, language: language).map { "  " + $0 }
            lines.append("")
        }
        lines.append("\(l(.total)):")
        lines += figures(report.figures, language: language).map { "  " + $0 }
        return lines.joined(separator: "\n") + "\n"
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
        ] + (f.loweredHighlighted || f.raisedHighlighted ? ["! \(l(.highlight(f.highlightPercent)))"] : [])
    }

    private static func label(_ comparison: ObjectivityReport.Comparison) -> ObjectivityLabel {
        switch comparison {
        case .lowered: return .lowered
        case .confirmed: return .confirmed
        case .raised: return .raised
        }
    }
}
