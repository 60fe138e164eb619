import TerminalUI
import ZhurnalCore

/// Prints a bench result as a table (text) or as JSON.
public enum BenchTable {
    /// The table with a title line and the file's counts.
    public static func text(_ result: BenchResult, language: Language) -> String {
        let header = [BenchText.headerMeasure, .headerMedian, .headerP99, .headerReference, .headerRatio, .headerBudget,
                      .headerMet].map { $0.text(language) }
        let lines = [header] + result.rows.map { cells($0, language: language) }
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        let table = lines.map { line in
            line.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let c = result.counts
        return ([BenchText.title(scale: result.scale.rawValue, seed: result.seed).text(language),
                 BenchText.counts(students: c.students, columns: c.columns, entries: c.entries, notes: c.notes,
                                  rubricScores: c.rubricScores, checksum: c.checksum).text(language), ""]
                + table + result.notes.map { $0.text(language) }).joined(separator: "\n") + "\n"
    }

    private static func cells(_ row: BenchRow, language: Language) -> [String] {
        let met = row.met.map { ($0 ? BenchText.yes : .no).text(language) } ?? "—"
        let measure = BenchText.measure(row.measure).text(language)
        let budget = BenchText.budget(row.measure).text(language)
        if let bytes = row.bytes {
            return [measure, BenchText.megabytes(fixed(Double(bytes) / 1_048_576, 1)).text(language), "", "", "", budget, met]
        }
        var median = time(row.samples.median, language)
        if let rate = row.rate { median += " (\(BenchText.rate(Int(rate)).text(language)))" }
        return [measure, median, time(row.samples.p99, language), row.reference.map { time($0.median, language) } ?? "—",
                row.ratio.map { fixed($0, 2) + "×" } ?? "—", budget, met]
    }

    /// The result as one JSON object (times in milliseconds with three decimals).
    public static func json(_ result: BenchResult) -> String {
        let c = result.counts
        let counts = JSONValue.object([
            ("students", .int(c.students)), ("columns", .int(c.columns)), ("entries", .int(c.entries)),
            ("notes", .int(c.notes)), ("rubric_scores", .int(c.rubricScores)), ("checksum", .int(c.checksum)),
        ])
        let rows = result.rows.map { row -> JSONValue in
            var fields: [(String, JSONValue)] = [("name", .string(row.measure.rawValue))]
            if let bytes = row.bytes {
                fields.append(("bytes", .int(bytes)))
            } else {
                fields += [("samples", .int(row.samples.seconds.count)), ("median_ms", milliseconds(row.samples.median)),
                           ("p99_ms", milliseconds(row.samples.p99)),
                           ("sqlite3_median_ms", milliseconds(row.reference?.median)),
                           ("ratio", row.ratio.map { .number(fixed($0, 2)) } ?? .null)]
                if let rate = row.rate { fields.append(("per_second", .int(Int(rate)))) }
                for (name, count) in [("failed", row.failed), ("confirmed", row.confirmed), ("lost", row.lost)] {
                    if let count { fields.append((name, .int(count))) }
                }
            }
            fields.append(("met", row.met.map(JSONValue.bool) ?? .null))
            return .object(fields)
        }
        return JSONValue.object([("scale", .string(result.scale.rawValue)), ("seed", .number(String(result.seed))),
                                 ("counts", counts), ("rows", .array(rows))]).rendered() + "\n"
    }

    private static func milliseconds(_ seconds: Double?) -> JSONValue {
        seconds.map { .number(fixed($0 * 1000, 3)) } ?? .null
    }

    private static func time(_ seconds: Double?, _ language: Language) -> String {
        guard let seconds else { return "—" }
        let text: BenchText = seconds >= 1 ? .seconds(fixed(seconds, 2))
            : .milliseconds(fixed(seconds * 1000, seconds < 0.01 ? 2 : 1))
        return text.text(language)
    }

    /// `value` with exactly `digits` decimals, without Foundation's locale-dependent formatting.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        guard digits > 0 else { return String(whole) }
        return "\(whole).\(String(repeating: "0", count: digits - fraction.count))\(fraction)"
    }
}
