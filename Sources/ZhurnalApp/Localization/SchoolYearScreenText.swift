import ZhurnalCore

/// The texts of the school year on the journal screens, Russian and English side by side.
public enum SchoolYearScreenText: Hashable, Sendable {
    case fieldHomework, homework, keyGenerate, generateTitle, fieldUntil, badUntil, generated(Int), noTimetable

    var pair: (String, String) {
        switch self {
        case .fieldHomework: return ("Домашнее задание", "Homework")
        case .homework: return ("ДЗ", "HW")
        case .keyGenerate: return ("Заполнить уроки по расписанию до …", "Fill in the lessons from the timetable up to …")
        case .generateTitle: return ("уроки по расписанию", "lessons from the timetable")
        case .fieldUntil: return ("По дату (ДД.ММ.ГГГГ)", "Up to (DD.MM.YYYY)")
        case .badUntil: return ("Нужна дата не раньше начала периода (ДД.ММ.ГГГГ)", "A date no earlier than the term's start is needed (DD.MM.YYYY)")
        case .generated(let count):
            return ("Создано уроков: \(count) (повторный запуск ничего не добавит)", "Lessons created: \(count) (running it again adds nothing)")
        case .noTimetable:
            return ("У класса нет расписания по этому предмету (zhurnal import timetable)",
                    "The class has no timetable for this subject (zhurnal import timetable)")
        }
    }
}
