import TerminalUI
import ZhurnalCore

/// The words of the district roll-up, Russian and English side by side.
public enum DistrictLabel: Sendable, Equatable {
    case title, school, subject, atRisk, flagged, thresholds, allSubjects, procedures, shared, none, term(TermName)
    case progress, quality, sou

    func text(_ language: Language) -> String {
        let pair: (ru: String, en: String)
        switch self {
        case .title: pair = ("Сводка по муниципалитету", "District roll-up")
        case .school: pair = ("Школа", "School")
        case .subject: pair = ("Предмет", "Subject")
        case .atRisk: pair = ("Риск", "At risk")
        case .flagged: pair = ("кандидат в ШНОР: ниже порога —", "ШНОР candidate: below the threshold in")
        case .thresholds: pair = ("Пороги", "Thresholds")
        case .allSubjects: pair = ("Все предметы", "All subjects")
        case .procedures: pair = ("Внешние процедуры", "External procedures")
        case .shared: pair = ("Общие процедуры", "Shared procedures")
        case .none: pair = ("нет", "none")
        case .term(let name): pair = (name.text(.ru), name.text(.en))
        case .progress: pair = ("успеваемость", "progress")
        case .quality: pair = ("качество", "quality")
        case .sou: pair = ("СОУ", "SOU")
        }
        return language == .ru ? pair.ru : pair.en
    }

    /// The word of a threshold figure.
    init(_ figure: DistrictThresholds.Figure) {
        switch figure {
        case .progress: self = .progress
        case .quality: self = .quality
        case .sou: self = .sou
        }
    }

    /// The JSON key of a threshold figure.
    var key: String {
        switch self {
        case .progress: return "progress"
        case .quality: return "quality"
        case .sou: return "sou"
        default: return ""
        }
    }
}
