import TerminalUI
import ZhurnalCore

/// Who and when a printed summary is for: the heading of every page.
public struct SheetContext: Sendable {
    public var school: String
    public var teacher: String
    public var date: LocalDate

    public init(school: String, teacher: String, date: LocalDate) {
        self.school = school
        self.teacher = teacher
        self.date = date
    }

    /// The teacher's name, or a line to write it on by hand when it is not known.
    public var teacherOrBlank: String {
        teacher.isEmpty ? SheetContext.blank : teacher
    }

    /// A line to fill in by hand.
    public static let blank = "____________________"
}

/// Summaries laid out as printable sheets (сводная ведомость): the class over all subjects on
/// landscape A4, one subject on portrait A4.
public enum SummarySheet {
    /// The class sheet: a row per student with each subject's counting mark (and average when
    /// asked), the student's counts of 5/4/3/2/н/а (over all subjects) and category; then a row
    /// per statistic with each subject's value. Subjects that do not fit in `width` continue in
    /// further sections with the same rows. Then the subject names, the class totals and the
    /// signature lines.
    public static func classSummary(_ summary: ClassSummary, context: SheetContext, averages: Bool,
                                    language: Language, width: Int = PrintPage.landscape.width) -> PrintDocument {
        let l = { (label: ReportLabel) in label.text(language) }
        let cell = averages ? 10 : 6
        let nameWidth = min(28, max(l(.student).displayWidth, summary.students.map(\.name.displayWidth).max() ?? 0))
        let categoryWidth = max(l(.category).displayWidth,
                                summary.categories.values.compactMap { ReportLabel.category($0)?.text(language).displayWidth }.max() ?? 0)
        let countLabels = ["5", "4", "3", "2", "н/а"]
        func line(_ number: String, _ name: String, _ cells: [String], _ counts: [String], _ last: String) -> String {
            ([number.fitted(toWidth: 3, alignment: .right), name.fitted(toWidth: nameWidth)]
             + cells.map { $0.fitted(toWidth: cell, alignment: .right) }
             + counts.map { $0.fitted(toWidth: 3, alignment: .right) } + [last]).joined(separator: " ")
        }
        // As many subjects per section as fit beside the number, name, counts and category.
        let fixed = 3 + 1 + nameWidth + countLabels.count * 4 + 1 + categoryWidth
        let perSection = max(1, (width - fixed) / (cell + 1))
        let statistics: [(ReportLabel, (ClassStatistics) -> String)] = [
            (.progress, { $0.progress?.shown ?? "—" }), (.quality, { $0.quality?.shown ?? "—" }),
            (.sou, { $0.sou?.shown ?? "—" }), (.meanMark, { $0.meanMark?.shown ?? "—" }),
        ]
        var sections: [PrintSection] = []
        for start in stride(from: 0, to: summary.subjects.count, by: perSection) {
            let subjects = Array(summary.subjects[start..<min(start + perSection, summary.subjects.count)])
            let header = line(l(.number), l(.student), subjects.map { SummaryText.abbreviation($0.subject) }, countLabels, l(.category))
            var body: [String] = []
            for (index, student) in summary.students.enumerated() {
                let rows = subjects.map { subject in subject.rows.first { $0.studentID == student.id } }
                let cells = rows.map { row -> String in
                    let mark = row?.effective?.description ?? "—"
                    guard averages else { return mark }
                    return "\(mark) \(row?.average?.shown ?? "—")"
                }
                let counts = MarkCounts(summary.subjects.compactMap { $0.rows.first { $0.studentID == student.id }?.effective })
                let category = ReportLabel.category(summary.categories[student.id]).map(l) ?? ""
                body.append(line(String(index + 1), student.name, cells, counts.columns.map(String.init), category))
            }
            body.append(String(repeating: "-", count: header.displayWidth))
            for (label, value) in statistics {
                body.append(line("", l(label), subjects.map { value($0.statistics) }, [], ""))
            }
            sections.append(PrintSection(tableHeader: [header, String(repeating: "-", count: header.displayWidth)], body: body))
        }
        var ending = [""] + summary.subjects.map { "\(SummaryText.abbreviation($0.subject)) — \($0.subject)" }
        ending += [""] + totals(ClassTotals(summary), language: language)
        if sections.isEmpty { sections.append(PrintSection(tableHeader: [], body: [])) }
        sections[sections.count - 1].body += ending
        return PrintDocument(heading: heading(summary.className, nil, summary.periodLabel, context: context, language: language),
                             sections: sections, closing: closing(context, language: language))
    }

    /// One subject's sheet: the lines of the subject summary under the repeated heading.
    public static func subject(_ summary: SubjectSummary, context: SheetContext, language: Language) -> PrintDocument {
        // SummaryText.subject writes: title, blank, column header, a line per student (and its reason's
        // further lines), blank, statistics.
        let lines = SummaryText.subject(summary, language: language).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        let header = lines[2]
        return PrintDocument(heading: heading(summary.className, summary.subject, summary.periodLabel, context: context,
                                              language: language),
                             tableHeader: [header, String(repeating: "-", count: header.displayWidth)],
                             body: Array(lines.dropFirst(3).dropLast()), closing: closing(context, language: language))
    }

    /// The class totals: students by category, the class's успеваемость and качество.
    static func totals(_ totals: ClassTotals, language: Language) -> [String] {
        let l = { (label: PrintLabel) in label.text(language) }
        let r = { (label: ReportLabel) in label.text(language) }
        return [
            "\(l(.classTotals)): \(r(.enrolled)) \(totals.students); \(r(.excellent)) \(totals.excellent), "
                + "\(r(.good)) \(totals.good), \(r(.oneThree)) \(totals.oneThree), \(r(.failing)) \(totals.failing)",
            "\(r(.progress)) \(totals.progress.map { "\($0.shown)%" } ?? "—")   "
                + "\(r(.quality)) \(totals.quality.map { "\($0.shown)%" } ?? "—")",
        ]
    }

    /// The heading of every page: the school, the form's title with class, subject and period,
    /// the teacher and the date.
    static func heading(_ className: String, _ subject: String?, _ period: ReportLabel, context: SheetContext,
                        language: Language, title: PrintLabel = .sheetTitle, signer: PrintLabel = .teacher) -> [String] {
        let l = { (label: PrintLabel) in label.text(language) }
        let what = [className, subject, period.text(language)].compactMap { $0 }.joined(separator: ", ")
        return [
            context.school.isEmpty ? l(.noSchool) : context.school,
            "\(l(title)): \(what)",
            "\(l(signer)): \(context.teacherOrBlank)   \(l(.date)): \(context.date.russian)",
            "",
        ]
    }

    /// The signature lines of the teacher and the deputy head.
    static func closing(_ context: SheetContext, language: Language) -> [String] {
        let l = { (label: PrintLabel) in label.text(language) }
        return ["", "\(l(.teacher)) \(SheetContext.blank) / \(context.teacherOrBlank) /", "",
                "\(l(.deputy)) \(SheetContext.blank) / \(SheetContext.blank) /"]
    }
}
