import TerminalUI
import ZhurnalCore

/// Plain-text summaries for the terminal and for printing, aligned by display width.
public enum SummaryText {
    /// One subject: a line per student, then the statistics. A final mark's reason that does not
    /// fit in `width` continues on further lines under the reason column, broken between words.
    public static func subject(_ summary: SubjectSummary, language: Language, width: Int = PrintPage.portrait.width) -> String {
        let l = { (label: ReportLabel) in label.text(language) }
        let nameWidth = min(ReportLayout.maxNameWidth, max(l(.student).displayWidth, summary.rows.map(\.name.displayWidth).max() ?? 0))
        var lines = ["\(l(.summaryTitle)): \(summary.className), \(summary.subject), \(l(summary.periodLabel))"
                     + (summary.interim ? " (\(l(.interim)))" : ""), ""]
        let header = [l(.number).fitted(toWidth: 3, alignment: .right), l(.student).fitted(toWidth: nameWidth),
                      l(.average).fitted(toWidth: 8, alignment: .right), l(.marks).fitted(toWidth: 7, alignment: .right),
                      l(.recommended).fitted(toWidth: 6, alignment: .right), l(.final).fitted(toWidth: 5, alignment: .right),
                      l(.reason)]
        lines.append(header.joined(separator: "  "))
        let reasonColumn = header.dropLast().joined(separator: "  ").displayWidth + 2
        let reasonWidth = max(ReportLayout.minReasonWidth, width - reasonColumn)
        for (index, row) in summary.rows.enumerated() {
            let cells = [String(index + 1).fitted(toWidth: 3, alignment: .right), row.name.fitted(toWidth: nameWidth),
                         (row.average?.shown ?? "—").fitted(toWidth: 8, alignment: .right),
                         String(row.markCount).fitted(toWidth: 7, alignment: .right),
                         ((row.tooFewMarks ? nil : row.recommended)?.description ?? "—").fitted(toWidth: 6, alignment: .right),
                         (row.final?.value.description ?? "").fitted(toWidth: 5, alignment: .right)]
            let reason = note(row, language: language).wrapped(toWidth: reasonWidth)
            lines.append((cells + [reason.first ?? ""]).joined(separator: "  ").trimmingTrailingSpaces())
            lines += reason.dropFirst().map { String(repeating: " ", count: reasonColumn) + $0 }
        }
        lines.append("")
        lines += statistics(summary.statistics, language: language)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The last column of a student's line: why he is not counted (he left the class before the
    /// period's end, or has too few marks so far), else the teacher's reason for a final mark.
    static func note(_ row: SubjectSummary.Row, language: Language) -> String {
        if !row.enrolled { return ReportLabel.notInClass.text(language) }
        return row.tooFewMarks ? ReportLabel.tooFewMarks.text(language) : row.final?.reason ?? ""
    }

    /// All subjects: students × subjects with the counting marks and categories, then each
    /// subject's statistics and the category counts.
    public static func classSummary(_ summary: ClassSummary, language: Language) -> String {
        let l = { (label: ReportLabel) in label.text(language) }
        let nameWidth = min(ReportLayout.maxNameWidth, max(l(.student).displayWidth, summary.students.map(\.name.displayWidth).max() ?? 0))
        let codes = summary.subjects.map { abbreviation($0.subject) }
        let interim = summary.subjects.contains(where: \.interim)
        var lines = ["\(l(.summaryTitle)): \(summary.className), \(l(summary.periodLabel))"
                     + (interim ? " (\(l(.interim)))" : ""), ""]
        lines.append(([l(.number).fitted(toWidth: 3, alignment: .right), l(.student).fitted(toWidth: nameWidth)]
                      + codes.map { $0.fitted(toWidth: 5, alignment: .right) } + [l(.category)]).joined(separator: " "))
        for (index, student) in summary.students.enumerated() {
            let marks = summary.subjects.map { subject in
                (subject.rows.first { $0.studentID == student.id }?.effective?.description ?? "—").fitted(toWidth: 5, alignment: .right)
            }
            let category = ReportLabel.category(summary.categories[student.id]).map(l) ?? ""
            lines.append(([String(index + 1).fitted(toWidth: 3, alignment: .right), student.name.fitted(toWidth: nameWidth)]
                          + marks + [category]).joined(separator: " ").trimmingTrailingSpaces())
        }
        if summary.subjects.contains(where: { $0.rows.contains(where: \.tooFewMarks) }) { lines.append(l(.tooFewMarksNote)) }
        lines.append("")
        for (code, subject) in zip(codes, summary.subjects) {
            lines.append("\(code) — \(subject.subject)")
            lines += statistics(subject.statistics, language: language).map { "  " + $0 }
        }
        lines.append("")
        let counts: [(ReportLabel, StudentCategory)] = [(.excellent, .excellent), (.good, .good), (.oneThree, .oneThree),
                                                        (.failing, .failing), (.other, .other)]
        lines.append("\(l(.categories)): " + counts.map { "\(l($0.0)) \(summary.count(of: $0.1))" }.joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The statistics lines: percentages, the mean mark and the distribution.
    static func statistics(_ stats: ClassStatistics, language: Language) -> [String] {
        let l = { (label: ReportLabel) in label.text(language) }
        let percent = { (value: Ratio?) in value.map { "\($0.shown)%" } ?? "—" }
        return [
            "\(l(.progress)) \(percent(stats.progress))   \(l(.quality)) \(percent(stats.quality))   "
                + "\(l(.sou)) \(percent(stats.sou))   \(l(.meanMark)) \(stats.meanMark?.shown ?? "—")",
            "\(l(.distribution)): «5» \(stats.n5), «4» \(stats.n4), «3» \(stats.n3), «2» \(stats.n2), "
                + "н/а \(stats.notAttested), осв \(stats.exempt)"
                + (stats.tooFewMarks > 0 ? ", \(l(.tooFewMarks)) \(stats.tooFewMarks)" : "") + "; \(l(.enrolled)) \(stats.enrolled)",
        ]
    }

    /// The short headers Russian schools use for the usual subjects.
    static let usualAbbreviations = [
        "русский язык": "Рус", "литература": "Лит", "родной язык": "Родн", "английский язык": "Англ",
        "немецкий язык": "Нем", "французский язык": "Франц", "математика": "Мат", "алгебра": "Алг",
        "геометрия": "Геом", "вероятность и статистика": "ВиС", "информатика": "Инф", "история": "Ист",
        "обществознание": "Общ", "география": "Геогр", "биология": "Биол", "физика": "Физ", "химия": "Хим",
        "физическая культура": "Физк", "музыка": "Муз", "изобразительное искусство": "ИЗО", "технология": "Техн",
    ]

    /// A short column header for a subject: the usual one, else its first word cut to four
    /// letters (with the second word's initial, unless that is «язык»).
    static func abbreviation(_ subject: String) -> String {
        if let usual = usualAbbreviations[subject.lowercased()] { return usual }
        let words = subject.split(separator: " ")
        guard let first = words.first else { return subject }
        guard words.count > 1, words[1].lowercased() != "язык" else { return String(first.prefix(4)) }
        return String(first.prefix(3)) + String(words[1].prefix(1))
    }
}
