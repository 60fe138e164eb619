import TerminalUI
import ZhurnalCore

/// The words of the objectivity report, Russian and English side by side.
enum ObjectivityLabel {
    case title, score, external, journal, participants, lowered, confirmed, raised, notCompared, correlation, correlationBySubject, total
    case highlight(Int)

    func text(_ language: Language) -> String {
        let pair: (ru: String, en: String)
        switch self {
        case .title: pair = ("Объективность", "Objectivity")
        case .score: pair = ("Балл", "Score")
        case .external: pair = ("Внешняя", "External")
        case .journal: pair = ("Журнал", "Journal")
        case .participants: pair = ("участников", "participants")
        case .lowered: pair = ("понизили", "lowered")
        case .confirmed: pair = ("подтвердили", "confirmed")
        case .raised: pair = ("повысили", "raised")
        case .notCompared: pair = ("не сравнивается", "not compared")
        case .correlation: pair = ("Корреляция баллов со средним баллом журнала", "Correlation of scores with journal averages")
        case .correlationBySubject:
            pair = ("Корреляция по предметам (между разными предметами не считается)",
                    "Correlation per subject (never across different subjects)")
        case .total: pair = ("Всего по процедуре", "Procedure total")
        case .highlight(let n):
            pair = ("доля понизивших или повысивших не меньше \(n)% — признак необъективного оценивания",
                    "a share lowered or raised of \(n)% or more: a sign of non-objective marking")
        }
        return language == .ru ? pair.ru : pair.en
    }
}
