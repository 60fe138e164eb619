/// The texts of the student card and class risk screens, Russian and English side by side.
public enum ProgressScreenText: Hashable, Sendable {
    case keyCard, keySubject, keyRange, keyClassRisk, keySchoolRisk, barSchoolRisk, keyYearMark
    case yearMarkTitle(String), yearMarkSaved(String)
    case cardTitle(String), riskTitle(String), schoolRiskTitle
    case header(term: TermName, asOf: String, overall: String)
    case subject, average, marks, trend, absences, finals, sparkline
    case risk(String), decline(String), notAtRisk, comparable(String), noComparable
    case legend, rangeTerm(TermName), rangeYear, noMarks, onlyUpcoming(lessons: Int, asOf: String)

    var pair: (String, String) {
        switch self {
        case .keyCard: return ("Карточка ученика: динамика, зона риска", "Student card: dynamics, risk zone")
        case .keySubject: return ("Выбор предмета", "Choose a subject")
        case .keyRange: return ("График за период или за год", "Chart of the term or of the year")
        case .keyClassRisk: return ("Зона риска класса", "The class's risk zone")
        case .keyYearMark: return ("Годовая отметка по предмету", "Year mark in the subject")
        case .yearMarkTitle(let who): return ("Годовая отметка: \(who)", "Year mark: \(who)")
        case .yearMarkSaved(let who): return ("\(who): годовая отметка сохранена", "\(who): year mark saved")
        case .keySchoolRisk: return ("Зона риска школы: все классы, по порядку риска", "The school's risk zone: every class, ranked")
        case .barSchoolRisk: return ("Риск", "Risk")
        case .schoolRiskTitle: return ("Зона риска: школа", "Risk zone: school")
        case .cardTitle(let name): return ("Карточка: \(name)", "Card: \(name)")
        case .riskTitle(let name): return ("Зона риска: \(name)", "Risk zone: \(name)")
        case .header(let term, let asOf, let overall):
            return ("\(term.text(.ru)), на \(asOf) · общая динамика \(overall)",
                    "\(term.text(.en)), as of \(asOf) · overall trend \(overall)")
        case .subject: return ("Предмет", "Subject")
        case .average: return ("Ср.б", "Avg")
        case .marks: return ("Отм", "Mks")
        case .trend: return ("Тренд", "Trend")
        case .absences: return ("Проп", "Abs")
        case .finals: return ("Итоги", "Finals")
        case .sparkline: return ("Динамика", "Dynamics")
        case .risk(let reasons): return ("Зона риска: \(reasons)", "At risk: \(reasons)")
        case .decline(let reasons): return ("Не в зоне риска; \(reasons)", "Not at risk; \(reasons)")
        case .notAtRisk: return ("Не в зоне риска", "Not at risk")
        case .comparable(let works): return ("Сопоставимые работы: \(works)", "Comparable works: \(works)")
        case .noComparable: return ("Сопоставимых работ нет", "No comparable works")
        case .legend: return ("вес 1/2/3 · ученик · класс · границы периодов", "weight 1/2/3 · student · class · term boundaries")
        case .rangeTerm(let term): return ("график: \(term.text(.ru))", "chart: \(term.text(.en))")
        case .rangeYear: return ("график: год", "chart: year")
        case .noMarks: return ("нет отметок", "no marks")
        case .onlyUpcoming(let n, let asOf):
            return ("До \(asOf) уроков не было; впереди в этом периоде \(n) " + Plural.russian(n, one: "урок", few: "урока", many: "уроков")
                    + ": отметки появятся после них",
                    "No lessons up to \(asOf); \(n) " + Plural.english(n, one: "lesson", other: "lessons")
                    + " still to come this term: marks come after them")
        }
    }
}
