/// The texts of the deputy head's ways in: the class summary from the first screen and the
/// objectivity overview, Russian and English side by side.
public enum DeputyText: Hashable, Sendable {
    case keyClassSummary, barSummary
    case keyGroup, keyNextFlagged, noFlagged, objectivityHint

    var pair: (String, String) {
        switch self {
        case .keyClassSummary: return ("Сводная ведомость выбранного класса: все предметы", "Summary sheet of the chosen class: all subjects")
        case .barSummary: return ("Сводка", "Summary")
        case .keyGroup: return ("Ученики класса: внешняя отметка против журнала", "The class's students: external mark against the journal")
        case .keyNextFlagged: return ("Следующий класс с признаком необъективности (!)", "Next class flagged as non-objective (!)")
        case .noFlagged: return ("Ни один класс не отмечен: доли понизивших и повысивших ниже порога",
                                 "No class is flagged: the shares lowered and raised are below the threshold")
        case .objectivityHint: return ("↑↓ — класс, Enter — ученики, n — следующий отмеченный (!), Esc — назад",
                                       "↑↓ class, Enter students, n next flagged (!), Esc back")
        }
    }
}
