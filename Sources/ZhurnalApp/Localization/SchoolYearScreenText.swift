import Foundation
import ZhurnalCore
import ZhurnalStore

/// The texts of the school year on the journal screens, Russian and English side by side.
public enum SchoolYearScreenText: Hashable, Sendable {
    case fieldHomework, homework, keyGenerate, generateTitle, fieldUntil, badUntil, generated(Int), noTimetable
    case keyClasses, barClasses, classesTitle, noClasses, classLine(name: String, subjects: [String], students: Int)
    case classNew, classEditTitle(String), fieldClassName, fieldSubjects, classSaved(String)
    case refused(SchoolYearRefusal)
    case keyTimetable, barTimetable, timetableTitle(String), timetableHint, keyPickSubject, keyClearLesson
    case lessonNumber, unknownSubject(String), ambiguousSubject(String), timetableSaved
    case keySubjects, barSubjects, subjectsTitle, noSubjects, subjectLine(name: String, classes: [String])
    case subjectNew, subjectEditTitle(String), fieldSubjectName, subjectSaved(String)
    case keyCalendar, barCalendar, calendarTitle, fieldSchoolTerms, fieldHolidays, fieldGradeTerms, calendarSaved
    case badCalendarField, calendarHint, customCalendar

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
        case .keyClasses: return ("Классы и их предметы (учебный план), расписание", "Classes with their subjects (curriculum), timetable")
        case .barClasses: return ("Классы", "Classes")
        case .classesTitle: return ("Классы и предметы", "Classes and subjects")
        case .noClasses: return ("Классов ещё нет: F3 — добавить (или zhurnal import curriculum ФАЙЛ)",
                                 "No classes yet: F3 adds one (or zhurnal import curriculum FILE)")
        case .classLine(let name, let subjects, let students):
            let list = subjects.joined(separator: ", ")
            return ("\(name.padding(toLength: 5, withPad: " ", startingAt: 0)) учеников: \(students) · \(list.isEmpty ? "нет предметов" : list)",
                    "\(name.padding(toLength: 5, withPad: " ", startingAt: 0)) students: \(students) · \(list.isEmpty ? "no subjects" : list)")
        case .classNew: return ("Новый класс", "New class")
        case .classEditTitle(let name): return ("Класс \(name)", "Class \(name)")
        case .fieldClassName: return ("Класс (например, 7А)", "Class (e.g. 7А)")
        case .fieldSubjects: return ("Предметы через запятую (новые создаются)", "Subjects, comma-separated (new ones are created)")
        case .classSaved(let name): return ("Класс \(name) сохранён", "Class \(name) saved")
        case .refused(let refusal):
            return (SchoolYearMessage.refused(refusal).text(.ru), SchoolYearMessage.refused(refusal).text(.en))
        case .keyTimetable: return ("Расписание класса на неделю", "The class's weekly timetable")
        case .barTimetable: return ("Расп.", "Timetable")
        case .timetableTitle(let name): return ("Расписание \(name)", "Timetable of \(name)")
        case .timetableHint: return ("Начало названия предмета и Enter — поставить, Del — убрать, Esc — назад",
                                     "Type the start of a subject and Enter to set it, Del clears, Esc goes back")
        case .keyPickSubject: return ("Поставить предмет в урок", "Put a subject into the lesson")
        case .keyClearLesson: return ("Убрать урок", "Clear the lesson")
        case .lessonNumber: return ("Урок", "Lesson")
        case .unknownSubject(let text): return ("Нет предмета, начинающегося на «\(text)»", "No subject starts with \"\(text)\"")
        case .ambiguousSubject(let text): return ("На «\(text)» начинается несколько предметов: уточните", "Several subjects start with \"\(text)\": type more")
        case .timetableSaved: return ("Расписание сохранено", "Timetable saved")
        case .keySubjects: return ("Предметы школы: добавить, переименовать, удалить", "The school's subjects: add, rename, delete")
        case .barSubjects: return ("Предметы", "Subjects")
        case .subjectsTitle: return ("Предметы", "Subjects")
        case .noSubjects: return ("Предметов ещё нет: F3 — добавить", "No subjects yet: F3 adds one")
        case .subjectLine(let name, let classes):
            let list = classes.joined(separator: ", ")
            return ("\(name) · \(list.isEmpty ? "ни в одном классе" : list)", "\(name) · \(list.isEmpty ? "in no class" : list)")
        case .subjectNew: return ("Новый предмет", "New subject")
        case .subjectEditTitle(let name): return ("Предмет «\(name)»", "Subject \"\(name)\"")
        case .fieldSubjectName: return ("Название предмета", "Subject name")
        case .subjectSaved(let name): return ("Предмет «\(name)» сохранён", "Subject \"\(name)\" saved")
        case .keyCalendar: return ("Календарь: точные даты периодов, периоды параллелей, каникулы",
                                   "Calendar: exact term dates, the parallels' terms, holidays")
        case .barCalendar: return ("Календ.", "Calendar")
        case .calendarTitle: return ("Календарь учебного года", "The school year's calendar")
        case .fieldSchoolTerms: return ("Периоды школы (ДД.ММ.ГГГГ–ДД.ММ.ГГГГ; …)", "The school's terms (DD.MM.YYYY–DD.MM.YYYY; …)")
        case .fieldHolidays: return ("Каникулы (ДД.ММ.ГГГГ–ДД.ММ.ГГГГ; … ; (1) — только 1-е классы)",
                                     "Holidays (DD.MM.YYYY–DD.MM.YYYY; … ; (1): first grade only)")
        case .fieldGradeTerms: return ("Свои периоды параллелей (10-11: ДД.ММ.ГГГГ–ДД.ММ.ГГГГ; …), пусто — нет",
                                       "A parallel's own terms (10-11: DD.MM.YYYY–DD.MM.YYYY; …), empty: none")
        case .calendarSaved: return ("Календарь сохранён", "Calendar saved")
        case .badCalendarField: return ("Не читается: периоды по порядку, без пересечений, даты ДД.ММ.ГГГГ–ДД.ММ.ГГГГ через «;»",
                                        "Cannot read it: terms in order without overlaps, dates DD.MM.YYYY–DD.MM.YYYY separated by \";\"")
        case .calendarHint: return ("Уроки создаются только в периодах класса и не в каникулы (g в журнале)",
                                    "Lessons are generated only inside the class's terms and outside holidays (g in the grid)")
        case .customCalendar: return ("свой", "custom")
        case .noTimetable:
            return ("У класса нет расписания по этому предмету (zhurnal import timetable)",
                    "The class has no timetable for this subject (zhurnal import timetable)")
        }
    }
}
