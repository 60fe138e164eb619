import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// What the school year's commands and screens say: results, refusals and bad rows.
public enum SchoolYearMessage: Sendable, Equatable {
    case curriculumImported(pairs: Int, classes: Int, subjects: Int)
    case calendarImported(termTables: Int, holidays: Int)
    case timetableImported(classes: Int, lessons: Int)
    case planImported(topics: Int, assigned: Int, unplaced: Int)
    /// A lesson whose hand-typed topic the plan left alone.
    case planKept(className: String, subject: String, date: LocalDate, topic: String)
    case lessonsGenerated(created: Int, numbered: Int, classes: Int, topics: Int)
    /// No class (or not the class named) has a timetable.
    case noTimetable(String?)
    /// `--to` is before `--from`.
    case datesReversed(from: LocalDate, to: LocalDate)
    case refused(SchoolYearRefusal)

    /// The text in a language.
    public func text(_ language: Language) -> String {
        let texts = pair
        return language == .ru ? texts.ru : texts.en
    }

    /// The Russian and the English text side by side.
    private var pair: (ru: String, en: String) {
        switch self {
        case .curriculumImported(let pairs, let classes, let subjects):
            return ("учебный план: \(pairs) " + Plural.russian(pairs, one: "пара класс–предмет", few: "пары класс–предмет",
                                                               many: "пар класс–предмет")
                        + "; новых классов: \(classes), новых предметов: \(subjects)",
                    "curriculum: \(pairs) " + Plural.english(pairs, one: "class-subject pair", other: "class-subject pairs")
                        + "; new classes: \(classes), new subjects: \(subjects)")
        case .calendarImported(let tables, let holidays):
            return ("календарь: заменено таблиц периодов: \(tables), добавлено каникул: \(holidays)",
                    "calendar: term tables replaced: \(tables), holidays added: \(holidays)")
        case .timetableImported(let classes, let lessons):
            return ("расписание: \(classes) " + Plural.russian(classes, one: "класс", few: "класса", many: "классов")
                        + ", \(lessons) " + Plural.russian(lessons, one: "урок", few: "урока", many: "уроков") + " в неделю",
                    "timetable: \(classes) " + Plural.english(classes, one: "class", other: "classes")
                        + ", \(lessons) " + Plural.english(lessons, one: "lesson", other: "lessons") + " a week")
        case .planImported(let topics, let assigned, let unplaced):
            var text = (ru: "КТП: \(topics) " + Plural.russian(topics, one: "тема", few: "темы", many: "тем")
                            + "; темы уроков изменены: \(assigned)",
                        en: "plan: \(topics) " + Plural.english(topics, one: "topic", other: "topics")
                            + "; lesson topics changed: \(assigned)")
            if unplaced > 0 {
                text.ru += "; без урока осталось тем: \(unplaced) (создайте уроки: zhurnal lessons generate)"
                text.en += "; topics without a lesson: \(unplaced) (make lessons: zhurnal lessons generate)"
            }
            return text
        case .planKept(let className, let subject, let date, let topic):
            return ("оставлена тема, введённая вручную: \(className), \(subject), \(date.russian) — «\(topic)»",
                    "kept a topic typed by hand: \(className), \(subject), \(date.iso) — \"\(topic)\"")
        case .lessonsGenerated(let created, let numbered, let classes, let topics):
            var text = (ru: "создано уроков: \(created) (классов с расписанием: \(classes))",
                        en: "lessons created: \(created) (classes with a timetable: \(classes))")
            if numbered > 0 {
                text.ru += "; уже созданным вручную столбцам присвоен номер урока: \(numbered)"
                text.en += "; columns made by hand given their lesson number: \(numbered)"
            }
            if topics > 0 {
                text.ru += "; темы из КТП: \(topics)"
                text.en += "; topics from the plan: \(topics)"
            }
            return text
        case .noTimetable(let name):
            guard let name else {
                return ("ни у одного класса нет расписания (zhurnal import timetable)", "no class has a timetable (zhurnal import timetable)")
            }
            return ("у класса \(name) нет расписания (zhurnal import timetable)", "class \(name) has no timetable (zhurnal import timetable)")
        case .datesReversed(let from, let to):
            return ("--to \(to.iso) раньше --from \(from.iso)", "--to \(to.iso) is before --from \(from.iso)")
        case .refused(let refusal): return Self.refusalPair(refusal)
        }
    }

    /// Why a class or a subject was not added, renamed or removed, in Russian and in English.
    private static func refusalPair(_ refusal: SchoolYearRefusal) -> (ru: String, en: String) {
        switch refusal {
        case .emptyName: return ("название не может быть пустым", "the name cannot be empty")
        case .nameTaken(let name): return ("«\(name)» уже есть", "\"\(name)\" already exists")
        case .classInUse(let name, let students, let lessons):
            return ("класс \(name) не удалён: в нём учеников \(students), уроков \(lessons)",
                    "class \(name) not removed: it has \(students) students and \(lessons) lessons")
        case .subjectInUse(let name, let lessons, let finals):
            return ("предмет «\(name)» не удалён: уроков \(lessons), итоговых отметок \(finals)",
                    "subject \"\(name)\" not removed: it has \(lessons) lessons and \(finals) final marks")
        case .notFound: return ("его уже нет", "it is no longer there")
        }
    }

    /// A school-year file's bad row, in a language.
    static func problem(_ problem: ImportProblem, language: Language) -> String {
        guard let pair = problemPair(problem) else { return "\(problem)" }
        return language == .ru ? pair.ru : pair.en
    }

    /// A school-year file's bad row in Russian and in English; nil for a problem of another file.
    private static func problemPair(_ problem: ImportProblem) -> (ru: String, en: String)? {
        switch problem {
        case .badHours(let text):
            return (
                "часы «\(text)» — не положительное число (не больше 40)",
                "hours \"\(text)\" are not a positive number (at most 40)"
            )
        case .badRoles(let text):
            return (
                "роли «\(text)»: допустимо учитель, классный_руководитель:7А, завуч, администратор через |",
                "roles \"\(text)\": allowed are teacher, class_teacher:7А, deputy, admin, separated by |"
            )
        case .duplicateLogin(let login):
            return ("логин \(login) указан дважды", "login \(login) appears twice")
        case .duplicatePair(let className, let subject):
            return ("\(className), «\(subject)» указаны дважды", "\(className), \"\(subject)\" appears twice")
        case .badCalendarKind(let text):
            return (
                "«\(text)»: допустимо term (четверть, полугодие, триместр) или holiday (каникулы)",
                "\"\(text)\": allowed are term or holiday"
            )
        case .badNumber(let text):
            return ("«\(text)» — не номер (целое число от 1)", "\"\(text)\" is not a number (a whole number from 1)")
        case .badGrades(let text):
            return (
                "параллели «\(text)»: допустимо 5-9, 7 или пусто (все)",
                "grades \"\(text)\": allowed are 5-9, 7 or empty (all)"
            )
        case .endBeforeStart(let start, let end):
            return ("конец \(end) раньше начала \(start)", "end \(end) is before start \(start)")
        case .badTerms(let grades):
            let whom = grades.isEmpty ? (ru: "школы", en: "of the school") : (ru: "параллелей \(grades)", en: "of grades \(grades)")
            return (
                "периоды \(whom.ru) должны идти по номерам 1, 2, … по датам и не пересекаться",
                "terms \(whom.en) must be numbered 1, 2, … in date order and must not overlap"
            )
        case .overlappingGrades(let text):
            return ("таблицы периодов для параллелей \(text) пересекаются", "term tables for grades \(text) overlap")
        case .badWeekday(let text):
            return ("день «\(text)»: допустимо 1–7 или пн…вс", "weekday \"\(text)\": allowed are 1–7 or mon…sun")
        case .badLesson(let text):
            return ("номер урока «\(text)»: допустимо 1–10", "lesson number \"\(text)\": allowed are 1–10")
        case .duplicateLesson(let className, let weekday, let lesson):
            return (
                "у \(className) уже есть \(lesson)-й урок в \(Weekday.russianShort[weekday - 1])",
                "\(className) already has lesson \(lesson) on \(Weekday.englishShort[weekday - 1])"
            )
        case .planNumber(let expected, let found):
            return (
                "номер \(found), а ожидался \(expected) (темы нумеруются 1, 2, 3, … по порядку)",
                "number \(found) where \(expected) was expected (topics are numbered 1, 2, 3, … in order)"
            )
        case .emptyTopic: return ("нет ни темы, ни домашнего задания", "neither a topic nor homework")
        default: return nil
        }
    }
}
