import TerminalUI

/// The texts of `zhurnal bench`: its table and progress, Russian and English side by side.
public enum BenchText: Hashable, Sendable {
    case title(scale: String, seed: UInt64)
    case counts(students: Int, columns: Int, entries: Int, notes: Int, rubricScores: Int, checksum: Int)
    case generating(school: Int, of: Int)
    case measuring
    case headerMeasure, headerMedian, headerP99, headerReference, headerRatio, headerBudget, headerMet
    case measure(BenchMeasure)
    case budget(BenchMeasure)
    case yes, no
    case rate(Int)
    /// The server sessions' tally under the table.
    case serverTally(saves: Int, failed: Int, confirmed: Int, lost: Int)
    /// A failed save's message.
    case failure(String)
    /// A number already formatted, with its unit.
    case milliseconds(String), seconds(String), megabytes(String)

    /// The text in a language.
    public func text(_ language: Language) -> String {
        let (ru, en) = pair
        return language == .ru ? ru : en
    }

    private var pair: (String, String) {
        switch self {
        case .title(let scale, let seed):
            return ("zhurnal bench — масштаб \(scale), seed \(seed)", "zhurnal bench — scale \(scale), seed \(seed)")
        case .counts(let students, let columns, let entries, let notes, let rubricScores, let checksum):
            return ("учеников \(students) · колонок \(columns) · записей \(entries) · комментариев \(notes) · "
                        + "баллов по критериям \(rubricScores) · контрольная сумма \(checksum)",
                    "students \(students) · columns \(columns) · entries \(entries) · notes \(notes) · "
                        + "rubric scores \(rubricScores) · checksum \(checksum)")
        case .generating(let school, let total):
            return ("создаю школу \(school) из \(total)", "building school \(school) of \(total)")
        case .measuring: return ("измеряю", "measuring")
        case .headerMeasure: return ("измерение", "measure")
        case .headerMedian: return ("медиана", "median")
        case .headerP99: return ("p99", "p99")
        case .headerReference: return ("sqlite3", "sqlite3")
        case .headerRatio: return ("отношение", "ratio")
        case .headerBudget: return ("бюджет", "budget")
        case .headerMet: return ("выполнен", "met")
        case .yes: return ("да", "yes")
        case .no: return ("нет", "no")
        case .milliseconds(let value): return ("\(value) мс", "\(value) ms")
        case .seconds(let value): return ("\(value) с", "\(value) s")
        case .megabytes(let value): return ("\(value) МБ", "\(value) MB")
        case .rate(let perSecond): return ("\(perSecond) записей/с", "\(perSecond) entries/s")
        case .serverTally(let saves, let failed, let confirmed, let lost):
            return ("сохранений \(saves) · не удалось \(failed) · подтверждённых отметок \(confirmed) · потеряно \(lost)",
                    "saves \(saves) · failed \(failed) · confirmed marks \(confirmed) · lost \(lost)")
        case .failure(let message): return ("не сохранено: \(message)", "not saved: \(message)")
        case .measure(let measure):
            switch measure {
            case .firstFrame: return ("первый кадр журнала", "first journal frame")
            case .keySaveFrame: return ("клавиша → сохранение → кадр", "key → save → frame")
            case .classSummary: return ("сводка класса (все предметы)", "class summary (all subjects)")
            case .schoolReport: return ("отчёт школы за четверть", "whole-school term report")
            case .schoolReportProcess: return ("zhurnal report district школы (процесс)", "zhurnal report district, one school (process)")
            case .districtReport: return ("отчёт района (все файлы)", "district report (all files)")
            case .districtReportProcess: return ("zhurnal report district всех файлов (процесс)",
                                                 "zhurnal report district, all files (process)")
            case .marksImport: return ("импорт отметок", "marks import")
            case .lessonGeneration: return ("уроки на учебный год по расписанию", "a school year's lessons from the timetable")
            case .peakMemory: return ("пиковая память", "peak memory")
            case .serverSave: return ("сервер: сохранение отметки", "server: mark saved")
            case .serverReport: return ("сервер: отчёт школы каждые 10 с", "server: school report every 10 s")
            case .serverImport: return ("сервер: импорт четверти класса", "server: a class's term imported")
            }
        case .budget(let measure):
            switch measure {
            case .firstFrame: return ("< 150 мс", "< 150 ms")
            case .keySaveFrame: return ("медиана < 5 мс, p99 < 20 мс", "median < 5 ms, p99 < 20 ms")
            case .classSummary: return ("< 30 мс", "< 30 ms")
            case .schoolReport: return ("< 1 с и ≤ 1,5× sqlite3", "< 1 s and ≤ 1.5× sqlite3")
            case .districtReport: return ("—", "—")
            case .schoolReportProcess, .districtReportProcess: return ("≤ 1,0× sqlite3 (процесс)", "≤ 1.0× sqlite3 (process)")
            case .marksImport: return ("≥ 300 000 записей/с и ≤ 1,5× sqlite3", "≥ 300,000 entries/s and ≤ 1.5× sqlite3")
            case .lessonGeneration: return ("< 2 с", "< 2 s")
            case .peakMemory: return ("< 100 МБ", "< 100 MB")
            case .serverSave: return ("медиана < 10 мс, p99 < 100 мс, без сбоев и потерь",
                                      "median < 10 ms, p99 < 100 ms, none failed or lost")
            case .serverReport: return ("< 1 с", "< 1 s")
            case .serverImport: return ("—", "—")
            }
        }
    }
}
