import TerminalUI
import ZhurnalCore

/// The words of the student card and the risk report, Russian and English side by side.
enum ProgressLabel {
    case cardTitle, riskTitle, asOf, subject, average, marks, termMark, trend, absences, risk, overallTrend
    case comparableWorks, atRiskShare, studentsAtRisk, noneAtRisk, wholeClass, noMarks
    case declining, wholeSchool, grade(Int), projected(TermMark)
    case reason(RiskReason)

    func text(_ language: Language) -> String {
        let pair: (ru: String, en: String)
        switch self {
        case .cardTitle: pair = ("Карточка ученика", "Student card")
        case .riskTitle: pair = ("Зона риска", "Risk zone")
        case .asOf: pair = ("на", "as of")
        case .subject: pair = ("Предмет", "Subject")
        case .average: pair = ("Ср. балл", "Average")
        case .marks: pair = ("Отм.", "Marks")
        case .termMark: pair = ("Итоги", "Term marks")
        case .trend: pair = ("Динамика", "Trend")
        case .absences: pair = ("Пропуски", "Absences")
        case .risk: pair = ("Риск", "Risk")
        case .overallTrend: pair = ("Общая динамика", "Overall trend")
        case .comparableWorks: pair = ("Сопоставимые работы", "Comparable works")
        case .atRiskShare: pair = ("Доля в зоне риска", "Share at risk")
        case .studentsAtRisk: pair = ("Ученики в зоне риска", "Students at risk")
        case .noneAtRisk: pair = ("никого", "nobody")
        case .wholeClass: pair = ("весь класс", "whole class")
        case .noMarks: pair = ("нет отметок", "no marks")
        case .declining: pair = ("Снижение (не в зоне риска)", "Declining (not at risk)")
        case .wholeSchool: pair = ("вся школа", "whole school")
        case .grade(let grade): pair = ("\(grade)-е классы", "grade \(grade)")
        case .projected(let mark): pair = ("прогноз \(mark.description)", "projected \(mark.description)")
        case .reason(let reason): pair = Self.reason(reason)
        }
        return language == .ru ? pair.ru : pair.en
    }

    /// Short month names, January first, for the chart's x axis.
    static func months(_ language: Language) -> [String] {
        language == .ru ? ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
                        : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    }

    private static func reason(_ reason: RiskReason) -> (String, String) {
        switch reason {
        case .lowAverage(let average):
            return ("средний балл \(average.shown)", "average \(average.shown)")
        case .twos(let count, let among):
            return ("«2» — \(count) из последних \(among)", "\(count) twos among the last \(among) marks")
        case .falling(let change):
            return ("снижение \(change.shown)", "declining \(change.shown)")
        case .fewMarks(let count, let minimum, let daysLeft):
            return ("отметок \(count) из \(minimum), до конца периода \(daysLeft) дн.",
                    "\(count) of \(minimum) marks, \(daysLeft) days left")
        case .absences(let missed, let lessons):
            return ("пропущено \(missed) из \(lessons) уроков", "missed \(missed) of \(lessons) lessons")
        }
    }
}
