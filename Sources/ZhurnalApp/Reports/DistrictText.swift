import TerminalUI
import ZhurnalCore

/// The district roll-up as text: the thresholds, then per school its subjects' figures, the
/// whole school's line, its flag, its procedures; then the shared procedures school by school.
public enum DistrictText {
    public static func report(_ report: DistrictReport, language: Language) -> String {
        let d = { (label: DistrictLabel) in label.text(language) }
        let r = { (label: ReportLabel) in label.text(language) }
        let percent = { (value: Ratio?) in value.map { "\($0.shown)%" } ?? "—" }
        let t = report.thresholds
        var lines = [d(.title), "\(d(.thresholds)): \(d(.progress)) \(t.progress.shown)%, \(d(.quality)) \(t.quality.shown)%, "
                     + "\(d(.sou)) \(t.sou.shown)%", ""]
        let subjectWidth = max(d(.allSubjects).displayWidth,
                               report.schools.flatMap { $0.subjects.map(\.subject.displayWidth) }.max() ?? 0)
        let widths = [r(.progress), r(.quality), r(.sou), r(.meanMark), d(.atRisk)].map { max($0.displayWidth, 7) }
        func row(_ name: String, _ cells: [String]) -> String {
            (["  " + name.fitted(toWidth: subjectWidth)] + zip(cells, widths).map { $0.fitted(toWidth: $1, alignment: .right) })
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        for school in report.schools {
            lines.append("\(school.name) (\(d(.term(TermName(school.term, kind: school.termKind)))))")
            if !school.below.isEmpty {
                lines.append("! \(d(.flagged)) " + school.below.map(d).joined(separator: ", "))
            }
            lines.append(row(d(.subject), [r(.progress), r(.quality), r(.sou), r(.meanMark), d(.atRisk)]))
            for subject in school.subjects {
                let s = subject.statistics
                lines.append(row(subject.subject, [percent(s.progress), percent(s.quality), percent(s.sou), s.meanMark?.shown ?? "—",
                                                   percent(subject.riskShare)]))
            }
            let s = school.statistics
            lines.append(row(d(.allSubjects), [percent(s.progress), percent(s.quality), percent(s.sou), s.meanMark?.shown ?? "—", ""]))
            lines.append("  \(d(.procedures)):" + (school.procedures.isEmpty ? " \(d(.none))" : ""))
            for procedure in school.procedures {
                lines.append("    \(procedure.procedure)")
                lines += ObjectivityText.figures(procedure.figures, language: language).map { "      " + $0 }
            }
            lines.append("")
        }
        lines.append("\(d(.shared)):" + (report.sharedProcedures.isEmpty ? " \(d(.none))" : ""))
        for name in report.sharedProcedures {
            lines.append("  \(name)")
            for school in report.schools {
                guard let procedure = school.procedures.first(where: { $0.procedure == name }) else { continue }
                lines.append("    \(school.name): " + ObjectivityText.figures(procedure.figures, language: language)[0])
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
