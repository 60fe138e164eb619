import ZhurnalCore
import ZhurnalStore

/// Summaries as CSV rows (written with `CSVWriter`).
public enum SummaryCSV {
    /// One subject: a row per student, then the statistics as label/value rows.
    public static func subject(_ summary: SubjectSummary) -> [[String]] {
        var rows = [["class", "subject", "term", "student", "average", "marks", "term_mark", "final_mark", "reason"]]
        let term = period(summary.period)
        for row in summary.rows {
            rows.append([summary.className, summary.subject, term, row.name, row.average?.shown ?? "", String(row.markCount),
                         row.recommended?.description ?? "", row.final?.value.description ?? "", row.final?.reason ?? ""])
        }
        return rows + statisticsRows(summary)
    }

    /// All subjects: a row per student with the counting mark of each subject and the category,
    /// then each subject's statistics.
    public static func classSummary(_ summary: ClassSummary) -> [[String]] {
        var rows = [["class", "term", "student"] + summary.subjects.map(\.subject) + ["category"]]
        for student in summary.students {
            let marks = summary.subjects.map { subject in
                subject.rows.first { $0.studentID == student.id }?.effective?.description ?? ""
            }
            rows.append([summary.className, period(summary.period), student.name] + marks
                        + [summary.categories[student.id]?.rawValue ?? ""])
        }
        return rows + summary.subjects.flatMap(statisticsRows)
    }

    private static func statisticsRows(_ summary: SubjectSummary) -> [[String]] {
        let s = summary.statistics
        let values: [(String, String)] = [
            ("enrolled", String(s.enrolled)), ("counted", String(s.counted)), ("progress", s.progress?.shown ?? ""),
            ("quality", s.quality?.shown ?? ""), ("sou", s.sou?.shown ?? ""), ("mean_mark", s.meanMark?.shown ?? ""),
            ("5", String(s.n5)), ("4", String(s.n4)), ("3", String(s.n3)), ("2", String(s.n2)),
            ("н/а", String(s.notAttested)), ("осв", String(s.exempt)),
        ]
        return values.map { [summary.className, summary.subject, period(summary.period), "stats", $0.0, $0.1] }
    }

    private static func period(_ period: SummaryPeriod) -> String {
        switch period {
        case .term(let n): return String(n)
        case .year: return "year"
        }
    }
}
