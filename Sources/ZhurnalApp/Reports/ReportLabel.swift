import TerminalUI
import ZhurnalCore

/// The words of printed reports, Russian and English side by side.
enum ReportLabel {
    case summaryTitle, number, student, average, marks, recommended, final, reason, category
    case progress, quality, sou, meanMark, distribution, enrolled, exempt
    case term(TermName), year
    case excellent, good, oneThree, failing, other, categories
    case className, subject
    case interim, tooFewMarks, tooFewMarksNote, notInClass

    func text(_ language: Language) -> String {
        let pair: (ru: String, en: String)
        switch self {
        case .summaryTitle: pair = ("Сводка", "Summary")
        case .number: pair = ("№", "#")
        case .student: pair = ("Ученик", "Student")
        case .average: pair = ("Ср. балл", "Average")
        case .marks: pair = ("Отметок", "Marks")
        case .recommended: pair = ("Расчёт", "Calc")
        case .final: pair = ("Итог", "Final")
        case .reason: pair = ("Причина", "Reason")
        case .category: pair = ("Категория", "Category")
        case .progress: pair = ("Успеваемость", "Progress")
        case .quality: pair = ("Качество", "Quality")
        case .sou: pair = ("СОУ", "SOU")
        case .meanMark: pair = ("Средний балл", "Mean mark")
        case .distribution: pair = ("Распределение", "Distribution")
        case .enrolled: pair = ("учеников", "students")
        case .exempt: pair = ("освобождено", "exempt")
        case .term(let name): pair = (name.text(.ru), name.text(.en))
        case .year: pair = ("год", "year")
        case .excellent: pair = ("отличники", "excellent")
        case .good: pair = ("хорошисты", "good")
        case .oneThree: pair = ("с одной «3»", "with one 3")
        case .failing: pair = ("неуспевающие", "failing")
        case .other: pair = ("остальные", "others")
        case .categories: pair = ("Категории", "Categories")
        case .className: pair = ("Класс", "Class")
        case .subject: pair = ("Предмет", "Subject")
        case .interim: pair = ("промежуточная", "interim")
        case .tooFewMarks: pair = ("мало отметок", "too few marks")
        case .notInClass: pair = ("выбыл до конца периода", "left before the end of the period")
        case .tooFewMarksNote: pair = ("«—» — мало отметок: период идёт, ученик ещё не аттестован",
                                       "\"—\": too few marks: the term is running, the student is not yet attested")
        }
        return language == .ru ? pair.ru : pair.en
    }

    /// The label of a period, a term named by the calendar's kind.
    static func period(_ period: SummaryPeriod, kind: TermKind) -> ReportLabel {
        switch period {
        case .term(let n): return .term(TermName(n, kind: kind))
        case .year: return .year
        }
    }

    /// The label of a category.
    static func category(_ category: StudentCategory?) -> ReportLabel? {
        switch category {
        case .excellent: return .excellent
        case .good: return .good
        case .oneThree: return .oneThree
        case .failing: return .failing
        case .other: return .other
        case nil: return nil
        }
    }
}

extension SubjectSummary {
    /// The period's label: «2 четверть», «год».
    var periodLabel: ReportLabel { .period(period, kind: termKind) }
}

extension ClassSummary {
    /// The period's label: «2 четверть», «год».
    var periodLabel: ReportLabel { .period(period, kind: termKind) }
}
