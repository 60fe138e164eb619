/// One figure `zhurnal bench` measures, with the budget it is held to (docs/benchmarks.md, the
/// `budget` column).
public enum BenchMeasure: String, CaseIterable, Sendable {
    case firstFrame = "first_frame"
    case keySaveFrame = "key_save_frame"
    case classSummary = "class_summary"
    case schoolReport = "school_term_report"
    case schoolReportProcess = "school_term_report_process"
    case districtReport = "district_term_report"
    case districtReportProcess = "district_term_report_process"
    case marksImport = "marks_import"
    case lessonGeneration = "lesson_generation"
    case peakMemory = "peak_memory"
    case serverSave = "server_save"
    case serverReport = "server_term_report"
    case serverImport = "server_class_import"

    /// Whether `row` meets the budget; nil when the measure has none.
    func met(_ row: BenchRow) -> Bool? {
        switch self {
        case .firstFrame: return row.samples.median.map { $0 < 0.150 }
        case .keySaveFrame:
            guard let median = row.samples.median, let p99 = row.samples.p99 else { return nil }
            return median < 0.005 && p99 < 0.020
        case .classSummary: return row.samples.p99.map { $0 < 0.030 }
        case .schoolReport:
            guard let median = row.samples.median else { return nil }
            return median < 1 && (row.ratio.map { $0 <= 1.5 } ?? false)
        case .districtReport: return nil
        case .schoolReportProcess, .districtReportProcess: return row.ratio.map { $0 <= 1.0 }
        case .marksImport:
            guard let rate = row.rate else { return nil }
            return rate >= 300_000 && (row.ratio.map { $0 <= 1.5 } ?? false)
        case .lessonGeneration: return row.samples.median.map { $0 < 2 }
        case .peakMemory: return row.bytes.map { $0 < 100 * 1024 * 1024 }
        case .serverSave:
            guard let median = row.samples.median, let p99 = row.samples.p99 else { return false }
            return median < 0.010 && p99 < 0.100 && row.failed == 0 && row.lost == 0
        case .serverReport: return row.samples.seconds.max().map { $0 < 1 }
        case .serverImport: return nil
        }
    }
}

/// A measured row of the bench table.
public struct BenchRow: Sendable {
    public var measure: BenchMeasure
    public var samples: BenchSamples
    /// The same work done by the `sqlite3` tool, when there is such a reference.
    public var reference: BenchSamples?
    /// Rows processed per sample (imports), to give a rate.
    public var items: Int?
    /// A size in bytes instead of times (peak memory).
    public var bytes: Int?
    /// Saves that failed (server sessions).
    public var failed: Int?
    /// Confirmed marks looked up afterwards, and those missing from the file (server sessions).
    public var confirmed: Int?
    public var lost: Int?

    /// Median time against the reference's median time.
    public var ratio: Double? {
        guard let median = samples.median, let other = reference?.median, other > 0 else { return nil }
        return median / other
    }

    /// Items per second at the median time.
    public var rate: Double? {
        guard let items, let median = samples.median, median > 0 else { return nil }
        return Double(items) / median
    }

    /// Whether the row meets its budget; nil when it has none.
    public var met: Bool? { measure.met(self) }
}
