import TerminalUI
import ZhurnalCore

/// The student card and the risk report as plain text, aligned by display width.
public enum ProgressText {
    /// The card: a line per subject, the overall trend, then the comparable works side by side.
    public static func card(_ card: StudentCard, kinds: [WorkKind], language: Language) -> String {
        let l = { (label: ProgressLabel) in label.text(language) }
        let nameWidth = max(l(.subject).displayWidth, card.subjects.map(\.subject.displayWidth).max() ?? 0)
        var lines = ["\(l(.cardTitle)): \(card.studentName), \(card.className), "
                     + "\(card.termName.text(language)), \(l(.asOf)) \(card.asOf.russian)", ""]
        lines.append([l(.subject).fitted(toWidth: nameWidth), l(.average).fitted(toWidth: 8, alignment: .right),
                      l(.marks).fitted(toWidth: 5, alignment: .right), l(.termMark).fitted(toWidth: 10),
                      l(.trend).fitted(toWidth: 9), l(.absences).fitted(toWidth: 9), "".fitted(toWidth: 12), l(.risk)]
            .joined(separator: "  "))
        for subject in card.subjects {
            let r = subject.recommendation
            let finals = subject.finalMarks.keys.sorted().filter { $0 > 0 }.map { subject.finalMarks[$0]! }
            let cells = [subject.subject.fitted(toWidth: nameWidth),
                         (r.average?.shown ?? "—").fitted(toWidth: 8, alignment: .right),
                         String(r.markCount).fitted(toWidth: 5, alignment: .right),
                         (finals + ["(\(r.mark.description))"]).joined(separator: " ").fitted(toWidth: 10),
                         trendText(subject.trend).fitted(toWidth: 9),
                         "\(subject.missed)/\(subject.lessonsHeld)".fitted(toWidth: 9),
                         Sparkline.render(subject.series, width: 12).fitted(toWidth: 12),
                         reasons(subject.reasons, language: language)]
            lines.append(cells.joined(separator: "  ").trimmingTrailingSpaces())
        }
        lines += ["", "\(l(.overallTrend)): \(trendText(card.overallTrend))"]
        let comparable = kinds.comparable
        var works: [String] = []
        for subject in card.subjects {
            for kind in comparable {
                let entries = subject.works(ofKind: kind.code)
                guard !entries.isEmpty else { continue }
                let name = language == .ru ? kind.nameRu : kind.nameEn
                works.append("\(subject.subject), \(name): "
                             + entries.map { "\($0.entry?.description ?? "—") (\($0.date.dayMonth))" }.joined(separator: "  "))
            }
        }
        if !works.isEmpty { lines += ["", "\(l(.comparableWorks)):"] + works.map { "  " + $0 } }
        let levels = card.subjects.filter { !$0.levels.isEmpty }
        if !levels.isEmpty {
            lines += ["", Message.journal(.assessment(.byLevel)).text(language) + ":"]
                + levels.map { "  \($0.subject): " + OutcomeOverview.levelsLine($0.levels, language: language) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The risk report: the share at risk per subject and for the class, then each student's reasons.
    public static func risk(_ report: RiskReport, language: Language) -> String {
        let l = { (label: ProgressLabel) in label.text(language) }
        let nameWidth = max(l(.wholeClass).displayWidth, report.subjects.map(\.subject.displayWidth).max() ?? 0)
        var lines = ["\(l(.riskTitle)): \(report.className), \(report.termName.text(language)), "
                     + "\(l(.asOf)) \(report.asOf.russian)", "", "\(l(.atRiskShare)):"]
        func row(_ name: String, _ atRisk: Int, _ total: Int, _ share: Ratio?) -> String {
            "  " + name.fitted(toWidth: nameWidth) + "  " + "\(atRisk)/\(total)".fitted(toWidth: 7, alignment: .right)
                + "  " + (share.map { "\($0.shown)%" } ?? "—").fitted(toWidth: 7, alignment: .right)
        }
        for share in report.subjects { lines.append(row(share.subject, share.atRisk, share.students, share.share)) }
        lines.append(row(l(.wholeClass), report.students.count, report.classSize, report.classShare))
        lines += ["", "\(l(.studentsAtRisk)):"]
        if report.students.isEmpty { lines.append("  " + l(.noneAtRisk)) }
        for (index, student) in report.students.enumerated() {
            lines.append("  \(index + 1). \(student.name)")
            lines += student.subjects.map { "    " + subjectRisk($0, language: language) }
        }
        if !report.declining.isEmpty {
            lines += ["", "\(l(.declining)):"]
            lines += report.declining.map { student in
                "  \(student.name): " + student.subjects.map { "\($0.subject) \(reasons($0.reasons, language: language))" }
                    .joined(separator: "; ")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The school's (or a grade's) risk report: each class's share, then every student at risk
    /// ranked across the classes with the class's name, each subject on its own line.
    public static func schoolRisk(_ report: SchoolRiskReport, language: Language) -> String {
        let l = { (label: ProgressLabel) in label.text(language) }
        let scope = report.grade.map { l(.grade($0)) } ?? l(.wholeSchool)
        let nameWidth = max(l(.wholeSchool).displayWidth, report.classes.map(\.className.displayWidth).max() ?? 0)
        var lines = ["\(l(.riskTitle)): \(scope), \(report.termName.text(language)), "
                     + "\(l(.asOf)) \(report.asOf.russian)", "", "\(l(.atRiskShare)):"]
        func row(_ name: String, _ atRisk: Int, _ total: Int, _ share: Ratio?) -> String {
            "  " + name.fitted(toWidth: nameWidth) + "  " + "\(atRisk)/\(total)".fitted(toWidth: 9, alignment: .right)
                + "  " + (share.map { "\($0.shown)%" } ?? "—").fitted(toWidth: 7, alignment: .right)
        }
        for item in report.classes { lines.append(row(item.className, item.students.count, item.classSize, item.classShare)) }
        lines.append(row(scope, report.students.count, report.enrolled, report.share))
        lines += ["", "\(l(.studentsAtRisk)):"]
        let students = report.students
        if students.isEmpty { lines.append("  " + l(.noneAtRisk)) }
        for (index, student) in students.enumerated() {
            lines.append("  \(index + 1). \(student.name), \(student.className)")
            lines += student.subjects.map { "    " + subjectRisk($0, language: language) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// «Алгебра (прогноз н/а): средний балл 2.54, …» — a subject of a student at risk.
    static func subjectRisk(_ item: RiskReport.SubjectRisk, language: Language) -> String {
        "\(item.subject) (\(ProgressLabel.projected(item.projected).text(language))): "
            + item.reasons.map { ProgressLabel.reason($0).text(language) }.joined(separator: ", ")
    }

    /// A trend as an arrow and a signed value, `↑ +0.83`; `—` without one.
    public static func trendText(_ trend: Trend?, ascii: Bool = false) -> String {
        guard let trend else { return "—" }
        let value = trend.change.shown
        return "\(trend.direction.arrow(ascii: ascii)) \(trend.change > Ratio(0) ? "+" : "")\(value)"
    }

    /// Reasons joined with `; `.
    static func reasons(_ reasons: [RiskReason], language: Language) -> String {
        reasons.map { ProgressLabel.reason($0).text(language) }.joined(separator: "; ")
    }
}
