import ZhurnalCore

/// The movement report as CSV rows: a row per class, then the school's row (class `total`);
/// `left_reasons` lists «reason: count» separated by `|`.
public enum MovementCSV {
    public static func report(_ report: MovementReport) -> [[String]] {
        var rows = [["term", "class", "at_start", "arrived", "transferred_in", "left", "transferred_out", "at_end", "left_reasons"]]
        for line in report.classes { rows.append(row(report.term, line.className, line.tally)) }
        rows.append(row(report.term, "total", report.totals))
        return rows
    }

    private static func row(_ term: Int, _ name: String, _ tally: MovementTally) -> [String] {
        [String(term), name] + MovementText.values(tally)
            + [MovementText.reasonCounts(tally, language: .en).map { "\($0.reason): \($0.count)" }.joined(separator: "|")]
    }
}
