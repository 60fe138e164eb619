import TerminalUI
import ZhurnalCore

/// Summaries as a self-contained HTML page that prints cleanly from a browser: no scripts, an
/// `@media print` style for A4, each subject's details on a page of its own; every text escaped.
public enum SummaryHTML {
    /// The class sheet (students × subjects, counts, categories, statistics rows, totals), then
    /// each subject's detail table.
    public static func classSummary(_ summary: ClassSummary, context: SheetContext, averages: Bool,
                                    language: Language) -> String {
        let r = { (label: ReportLabel) in label.text(language) }
        let p = { (label: PrintLabel) in label.text(language) }
        var html = heading(summary.className, nil, summary.periodLabel, context: context, language: language)
        html += "<table>\n<thead><tr>" + cells([r(.number), r(.student)] + summary.subjects.map(\.subject)
                                               + ["5", "4", "3", "2", "н/а", r(.category)], tag: "th") + "</tr></thead>\n<tbody>\n"
        for (index, student) in summary.students.enumerated() {
            let rows = summary.subjects.map { subject in subject.rows.first { $0.studentID == student.id } }
            let marks = rows.map { row -> String in
                let mark = row?.effective?.description ?? "—"
                return averages ? "\(mark) (\(row?.average?.shown ?? "—"))" : mark
            }
            let counts = MarkCounts(rows.compactMap { $0?.effective }).columns.map(String.init)
            let category = ReportLabel.category(summary.categories[student.id]).map(r) ?? ""
            html += "<tr>" + cells([String(index + 1), student.name] + marks + counts + [category]) + "</tr>\n"
        }
        html += "</tbody>\n<tfoot>\n"
        let statistics: [(ReportLabel, (ClassStatistics) -> String)] = [
            (.progress, { $0.progress?.shown ?? "—" }), (.quality, { $0.quality?.shown ?? "—" }),
            (.sou, { $0.sou?.shown ?? "—" }), (.meanMark, { $0.meanMark?.shown ?? "—" }),
        ]
        for (label, value) in statistics {
            html += "<tr>" + cells(["", r(label)] + summary.subjects.map { value($0.statistics) } + Array(repeating: "", count: 6))
                + "</tr>\n"
        }
        html += "</tfoot>\n</table>\n"
        html += SummarySheet.totals(ClassTotals(summary), language: language).map { "<p>\(escape($0))</p>\n" }.joined()
        html += signatures(context, language: language)
        for subject in summary.subjects {
            html += "<section class=\"subject\">\n<h2>\(escape(p(.details))): \(escape(subject.subject))</h2>\n"
            html += detailTable(subject, language: language) + "</section>\n"
        }
        return html + "</body>\n</html>\n"
    }

    /// One subject: the detail table and the signature lines.
    public static func subject(_ summary: SubjectSummary, context: SheetContext, language: Language) -> String {
        heading(summary.className, summary.subject, summary.periodLabel, context: context, language: language)
            + detailTable(summary, language: language) + signatures(context, language: language) + "</body>\n</html>\n"
    }

    /// Text with `&`, `<`, `>`, `"` and `'` replaced by entities.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The page style: A4, sideways for the class sheet, upright for one subject.
    private static func style(landscape: Bool) -> String {
        """
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; margin: 1em; }
        table { border-collapse: collapse; margin: 0.5em 0; }
        th, td { border: 1px solid #444; padding: 2px 6px; }
        td { text-align: right; }
        td:nth-child(2) { text-align: left; }
        .lessons td { text-align: left; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; }
        .signatures p { margin-top: 1.5em; }
        @media print {
          @page { size: A4 \(landscape ? "landscape" : "portrait"); margin: 12mm; }
          body { margin: 0; font-size: 9pt; }
          .subject { page-break-before: always; }
        }
        """
    }

    /// The page up to the form's heading: the style (A4 sideways for a class sheet or a journal
    /// page), the school, the title with class, subject and period, the teacher and the date.
    static func heading(_ className: String, _ subject: String?, _ period: ReportLabel, context: SheetContext,
                        language: Language, title: PrintLabel = .sheetTitle, landscape: Bool? = nil,
                        signer: PrintLabel = .teacher) -> String {
        let p = { (label: PrintLabel) in label.text(language) }
        let what = [className, subject, period.text(language)].compactMap { $0 }.joined(separator: ", ")
        let school = context.school.isEmpty ? p(.noSchool) : context.school
        return """
            <!DOCTYPE html>
            <html lang="\(language == .ru ? "ru" : "en")">
            <head>
            <meta charset="utf-8"/>
            <title>\(escape(p(title))): \(escape(what))</title>
            <style>
            \(style(landscape: landscape ?? (subject == nil)))
            </style>
            </head>
            <body>
            <p>\(escape(school))</p>
            <h1>\(escape(p(title))): \(escape(what))</h1>
            <p>\(escape(p(signer))): \(escape(context.teacherOrBlank)); \(escape(p(.date))): \(context.date.russian)</p>

            """
    }

    private static func detailTable(_ summary: SubjectSummary, language: Language) -> String {
        let r = { (label: ReportLabel) in label.text(language) }
        var html = "<table>\n<thead><tr>" + cells([r(.number), r(.student), r(.average), r(.marks), r(.recommended),
                                                   r(.final), r(.reason)], tag: "th") + "</tr></thead>\n<tbody>\n"
        for (index, row) in summary.rows.enumerated() {
            html += "<tr>" + cells([String(index + 1), row.name, row.average?.shown ?? "—", String(row.markCount),
                                    row.recommended?.description ?? "—", row.final?.value.description ?? "",
                                    SummaryText.note(row, language: language)]) + "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html + SummaryText.statistics(summary.statistics, language: language).map { "<p>\(escape($0))</p>\n" }.joined()
    }

    /// The signature lines of the teacher and the deputy head.
    static func signatures(_ context: SheetContext, language: Language, signer: PrintLabel = .teacher) -> String {
        let p = { (label: PrintLabel) in label.text(language) }
        return "<div class=\"signatures\">\n<p>\(escape(p(signer))) ____________________ / \(escape(context.teacherOrBlank)) /</p>\n"
            + "<p>\(escape(p(.deputy))) ____________________ / ____________________ /</p>\n</div>\n"
    }

    /// Table cells of escaped values.
    static func cells(_ values: [String], tag: String = "td") -> String {
        values.map { "<\(tag)>\(escape($0))</\(tag)>" }.joined()
    }
}
