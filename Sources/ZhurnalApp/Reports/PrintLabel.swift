import TerminalUI
import ZhurnalCore

/// The words of printed sheets and of the HTML summary, Russian and English side by side.
enum PrintLabel {
    case sheetTitle, teacher, deputy, date, noSchool, classTotals, page(Int, of: Int), details, reason
    case journalTitle, lessons, kind, topic, noLessons
    case attendanceTitle, classTeacherTitle, classTeacher, movementTitle

    func text(_ language: Language) -> String {
        let pair: (ru: String, en: String)
        switch self {
        case .sheetTitle: pair = ("Сводная ведомость итоговых отметок", "Summary sheet of final marks")
        case .teacher: pair = ("Учитель", "Teacher")
        case .deputy: pair = ("Заместитель директора", "Deputy head")
        case .date: pair = ("Дата", "Date")
        case .noSchool: pair = ("Школа не указана", "School not set")
        case .classTotals: pair = ("Итого по классу", "Class totals")
        case .page(let n, let m): pair = ("Лист \(n) из \(m)", "Page \(n) of \(m)")
        case .details: pair = ("По предмету", "By subject")
        case .reason: pair = ("Причина", "Reason")
        case .journalTitle: pair = ("Классный журнал", "Class journal")
        case .lessons: pair = ("Проведённые уроки", "Lessons held")
        case .kind: pair = ("Вид работы", "Kind of work")
        case .topic: pair = ("Тема урока", "Lesson topic")
        case .noLessons: pair = ("Уроков в этом периоде нет", "No lessons in this period")
        case .attendanceTitle: pair = ("Посещаемость", "Attendance")
        case .classTeacherTitle: pair = ("Отчёт классного руководителя", "Class teacher's report")
        case .classTeacher: pair = ("Классный руководитель", "Class teacher")
        case .movementTitle: pair = ("Движение учащихся", "Movement of students")
        }
        return language == .ru ? pair.ru : pair.en
    }
}
