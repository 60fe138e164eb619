import TerminalUI
import ZhurnalCore

/// The journal page laid out for A4 landscape text (docs/user-guide.md §12): students ×
/// lesson dates, the kind of work under each date, each student's average and counting mark,
/// statistics rows per lesson; lessons that do not fit continue in further sections with the
/// same students. Then the lessons with their topics (wrapped between words), the statistics
/// of the counting marks and the signature lines.
public enum JournalSheet {
    /// Width of a lesson's cell: a date «04.12», an entry such as «5/4», a percentage «100.00».
    static let cell = 6

    public static func document(_ page: JournalPage, context: SheetContext, language: Language,
                                width: Int = PrintPage.landscape.width) -> PrintDocument {
        let r = { (label: ReportLabel) in label.text(language) }
        let summary = page.summary
        let nameWidth = min(28, max(r(.student).displayWidth, summary.rows.map(\.name.displayWidth).max() ?? 0))
        let labelWidth = max(nameWidth, [ReportLabel.meanMark, .progress, .quality].map { r($0).displayWidth }.max() ?? 0)
        let totalsWidth = 1 + 8 + 1 + 5
        let perSection = max(1, (width - 4 - labelWidth - totalsWidth) / (cell + 1))
        func line(_ number: String, _ name: String, _ cells: [String], _ totals: [String]) -> String {
            ([number.fitted(toWidth: 3, alignment: .right), name.fitted(toWidth: labelWidth)]
             + cells.map { $0.fitted(toWidth: cell, alignment: .right) }
             + zip(totals, [8, 5]).map { $0.fitted(toWidth: $1, alignment: .right) }).joined(separator: " ")
                .trimmingTrailingSpaces()
        }
        let statistics: [(ReportLabel, (ClassStatistics) -> String)] = [
            (.meanMark, { $0.meanMark?.shown ?? "" }), (.progress, { $0.progress?.shown ?? "" }), (.quality, { $0.quality?.shown ?? "" }),
        ]
        var sections: [PrintSection] = []
        let starts = Array(stride(from: 0, to: max(1, page.lessons.count), by: perSection))
        for start in starts {
            let range = start..<min(start + perSection, page.lessons.count)
            let last = start == starts.last
            let lessons = page.lessons[range]
            let header = [line(r(.number), r(.student), lessons.map(\.date.dayMonth), last ? [r(.average), r(.final)] : []),
                          line("", "", lessons.map { language == .ru ? $0.kindShort.ru : $0.kindShort.en }, [])]
            let rule = String(repeating: "-", count: header.map(\.displayWidth).max() ?? 0)
            var body = summary.rows.enumerated().map { index, row in
                line(String(index + 1), row.name, Array(page.entries[index][range]),
                     last ? [row.average?.shown ?? "—", row.effective?.description ?? "—"] : [])
            }
            body.append(rule)
            body += statistics.map { label, value in line("", r(label), lessons.map { value($0.statistics) }, []) }
            sections.append(PrintSection(tableHeader: header + [rule], body: body))
        }
        sections.append(lessonSection(page, language: language, width: width))
        sections[sections.count - 1].body += [""] + SummaryText.statistics(summary.statistics, language: language)
        return PrintDocument(heading: SummarySheet.heading(summary.className, summary.subject, summary.periodLabel, context: context,
                                                           language: language, title: .journalTitle),
                             sections: sections, closing: SummarySheet.closing(context, language: language))
    }

    /// The lessons held: date, kind of work and topic, the topic broken between words under its column.
    static func lessonSection(_ page: JournalPage, language: Language, width: Int) -> PrintSection {
        let p = { (label: PrintLabel) in label.text(language) }
        let kindWidth = max(p(.kind).displayWidth, page.lessons.map { (language == .ru ? $0.kindName.ru : $0.kindName.en).displayWidth }.max() ?? 0)
        let topicColumn = 10 + 2 + kindWidth + 2
        let topicWidth = max(ReportLayout.minReasonWidth, width - topicColumn)
        let header = [p(.lessons), "", [p(.date).fitted(toWidth: 10), p(.kind).fitted(toWidth: kindWidth), p(.topic)].joined(separator: "  ")]
        guard !page.lessons.isEmpty else { return PrintSection(tableHeader: header, body: [p(.noLessons)]) }
        var body: [String] = []
        for lesson in page.lessons {
            let topic = (lesson.topic.isEmpty ? "—" : lesson.topic).wrapped(toWidth: topicWidth)
            let kind = language == .ru ? lesson.kindName.ru : lesson.kindName.en
            body.append([lesson.date.russian, kind.fitted(toWidth: kindWidth), topic.first ?? ""].joined(separator: "  ")
                .trimmingTrailingSpaces())
            body += topic.dropFirst().map { String(repeating: " ", count: topicColumn) + $0 }
        }
        return PrintSection(tableHeader: header, body: body)
    }
}
