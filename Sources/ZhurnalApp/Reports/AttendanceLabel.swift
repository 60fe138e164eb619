import TerminalUI
import ZhurnalCore

/// The words of the attendance report and the class teacher's report, Russian and English.
enum AttendanceLabel {
    case lessons, missed, ill, excused, unexcused, late, missedPercent, total
    case days(LocalDate, LocalDate), notBegun, statistics

    func text(_ language: Language) -> String {
        let pair: (ru: String, en: String)
        switch self {
        case .lessons: pair = ("Уроков", "Lessons")
        case .missed: pair = ("Пропущ.", "Missed")
        case .ill: pair = ("Болезнь", "Ill")
        case .excused: pair = ("Уважит.", "Excused")
        case .unexcused: pair = ("Без прич.", "Unexcused")
        case .late: pair = ("Опозд.", "Late")
        case .missedPercent: pair = ("% проп.", "Missed %")
        case .total: pair = ("Итого", "Total")
        case .days(let from, let to): pair = ("Уроки с \(from.russian) по \(to.russian)", "Lessons from \(from.russian) to \(to.russian)")
        case .notBegun: pair = ("Период ещё не начался: уроков нет", "The term has not begun: no lessons yet")
        case .statistics: pair = ("Успеваемость по предметам", "Statistics by subject")
        }
        return language == .ru ? pair.ru : pair.en
    }
}
