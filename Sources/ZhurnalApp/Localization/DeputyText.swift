/// The texts of the deputy head's ways in: the class summary from the first screen and the
/// objectivity overview, Russian and English side by side.
public enum DeputyText: Hashable, Sendable {
    case keyClassSummary, barSummary
    case keyGroup, keyNextFlagged, noFlagged, objectivityHint
    case groupTitle(className: String, subject: String)

    var pair: (String, String) {
        switch self {
        case .keyClassSummary: return ("Сводная ведомость выбранного класса: все предметы", "Summary sheet of the chosen class: all subjects")
        case .barSummary: return ("Сводка", "Summary")
        case .keyGroup: return ("Ученики класса: внешняя отметка против журнала", "The class's students: external mark against the journal")
        case .keyNextFlagged: return ("Следующий класс с признаком необъективности (!)", "Next class flagged as non-objective (!)")
        case .noFlagged: return ("Ни один класс не отмечен: доли понизивших и повысивших ниже порога",
                                 "No class is flagged: the shares lowered and raised are below the threshold")
        case .groupTitle(let c, let s): return ("\(c) · \(s)", "\(c) · \(s)")
        case .objectivityHint: return ("↑↓ — класс, Enter — ученики, n — следующий отмеченный (!), Esc — назад",
                                       "↑↓ class, Enter students, n next flagged (!), Esc back")
        }
    }
}
