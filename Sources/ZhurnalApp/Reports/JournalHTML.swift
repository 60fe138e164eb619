import TerminalUI
import ZhurnalCore

/// The journal page as a self-contained HTML page for A4 landscape: students × lesson dates
/// (each date's topic in its title), average and counting mark, statistics rows; then the
/// lessons with their topics, the statistics of the counting marks and the signature lines.
public enum JournalHTML {
    public static func page(_ page: JournalPage, context: SheetContext, language: Language) -> String {
        let r = { (label: ReportLabel) in label.text(language) }
        let p = { (label: PrintLabel) in label.text(language) }
        let summary = page.summary
        var html = SummaryHTML.heading(summary.className, summary.subject, summary.periodLabel, context: context, language: language,
                                       title: .journalTitle, landscape: true)
        html += "<table class=\"journal\">\n<thead><tr>" + SummaryHTML.cells([r(.number), r(.student)], tag: "th")
        html += page.lessons.map { lesson in
            let kind = language == .ru ? lesson.kindShort.ru : lesson.kindShort.en
            return "<th title=\"\(SummaryHTML.escape(lesson.topic))\">\(lesson.date.dayMonth)<br/>\(SummaryHTML.escape(kind))</th>"
        }.joined()
        html += SummaryHTML.cells([r(.average), r(.final)], tag: "th") + "</tr></thead>\n<tbody>\n"
        for (index, row) in summary.rows.enumerated() {
            html += "<tr>" + SummaryHTML.cells([String(index + 1), row.name] + page.entries[index]
                                               + [row.average?.shown ?? "—", row.effective?.description ?? "—"]) + "</tr>\n"
        }
        html += "</tbody>\n<tfoot>\n"
        let statistics: [(ReportLabel, (ClassStatistics) -> String)] = [
            (.meanMark, { $0.meanMark?.shown ?? "" }), (.progress, { $0.progress?.shown ?? "" }), (.quality, { $0.quality?.shown ?? "" }),
        ]
        for (label, value) in statistics {
            html += "<tr>" + SummaryHTML.cells(["", r(label)] + page.lessons.map { value($0.statistics) } + ["", ""]) + "</tr>\n"
        }
        html += "</tfoot>\n</table>\n<section class=\"subject\">\n<h2>\(SummaryHTML.escape(p(.lessons)))</h2>\n"
        if page.lessons.isEmpty {
            html += "<p>\(SummaryHTML.escape(p(.noLessons)))</p>\n"
        } else {
            html += "<table class=\"lessons\">\n<thead><tr>" + SummaryHTML.cells([p(.date), p(.kind), p(.topic)], tag: "th")
                + "</tr></thead>\n<tbody>\n"
            for lesson in page.lessons {
                let kind = language == .ru ? lesson.kindName.ru : lesson.kindName.en
                html += "<tr>" + SummaryHTML.cells([lesson.date.russian, kind, lesson.topic]) + "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        html += SummaryText.statistics(summary.statistics, language: language).map { "<p>\(SummaryHTML.escape($0))</p>\n" }.joined()
        return html + SummaryHTML.signatures(context, language: language) + "</section>\n</body>\n</html>\n"
    }
}
