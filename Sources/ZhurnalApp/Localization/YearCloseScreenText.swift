import ZhurnalStore

/// The texts of the year's end on the settings screen (F3), Russian and English side by side.
public enum YearCloseScreenText: Hashable, Sendable {
    case key, bar, title(String), hint, noStudents, repeater, keyMark, keyClose, barClose
    /// The question before closing: the year and the file that will keep it.
    case confirm(year: String, copy: String)

    var pair: (String, String) {
        switch self {
        case .key: return ("Конец учебного года: перевести классы в следующий (завуч, администратор)",
                           "End of the school year: move the classes up (deputy head, administrator)")
        case .bar: return ("Год", "Year")
        case .title(let year): return ("Конец учебного года \(year)", "End of the school year \(year)")
        case .hint: return ("Пробел — на второй год; F2 — закрыть год (7А → 8А, 9-е и 11-е выпускаются)",
                            "Space: repeats the year; F2 closes the year (7А → 8А, the 9th and 11th graduate)")
        case .noStudents: return ("В школе нет учеников", "The school has no students")
        case .repeater: return ("на второй год", "repeats the year")
        case .keyMark: return ("Отметить или снять: остаётся на второй год", "Mark or unmark: repeats the year")
        case .keyClose: return ("Закрыть учебный год (спросит подтверждение)", "Close the school year (asks first)")
        case .barClose: return ("Закрыть", "Close")
        case .confirm(let year, let copy):
            return ("Закрыть учебный год \(year)? Отменить нельзя; год останется в файле \(copy). y — да, любая другая клавиша — нет",
                    "Close the school year \(year)? It cannot be undone; the year stays in \(copy). y closes, any other key does not")
        }
    }
}
