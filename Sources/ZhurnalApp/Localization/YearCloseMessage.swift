import TerminalUI
import ZhurnalStore

/// What closing the school year says (`zhurnal year close` and the settings screen's action).
public enum YearCloseMessage: Sendable, Hashable {
    /// The year is closed: what moved, and the file that keeps the closed year.
    case closed(YearClosing)
    /// A repeater's name matches no student of the school.
    case unknownRepeater(String)
    /// A repeater's name matches students of these classes (or twice in one): add the отчество.
    case ambiguousRepeater(String, classes: [String])

    /// The text in a language.
    public func text(_ language: Language) -> String {
        language == .ru ? pair.ru : pair.en
    }

    /// The whole sentence in Russian and in English.
    private var pair: (ru: String, en: String) {
        switch self {
        case .closed(let c):
            return (
                "Учебный год \(c.yearName) закрыт: классов переведено \(c.classesMoved), выпускников \(c.graduates), "
                    + "выбывших \(c.leavers), оставлено на второй год \(c.repeaters); закрытый год сохранён в \(c.copyPath) "
                    + "(открыть: zhurnal --db \(c.copyPath))",
                "School year \(c.yearName) closed: classes moved up \(c.classesMoved), graduates \(c.graduates), "
                    + "leavers \(c.leavers), repeaters \(c.repeaters); the closed year is kept in \(c.copyPath) "
                    + "(open it: zhurnal --db \(c.copyPath))"
            )
        case .unknownRepeater(let name):
            return (
                "Ученика «\(name)» нет в школе; год не закрыт",
                "No student \"\(name)\" in the school; the year was not closed"
            )
        case .ambiguousRepeater(let name, let classes):
            let where_ = classes.joined(separator: ", ")
            return (
                "«\(name)» — несколько учеников (\(where_)): добавьте отчество; год не закрыт",
                "\"\(name)\" matches several students (\(where_)): add the middle name; the year was not closed"
            )
        }
    }
}
