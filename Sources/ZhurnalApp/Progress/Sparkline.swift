import ZhurnalCore

/// A one-line chart of a running average on the scale 2–5: Unicode blocks `▁…█`, or ASCII.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let asciiLevels: [Character] = ["_", ".", "-", "~", "=", "^"]

    /// The last `width` points of the series, one character each (fewer when the series is
    /// shorter); an average of 2.00 or less is the lowest level, 5.00 the highest.
    public static func render(_ series: [AveragePoint], width: Int, ascii: Bool = false) -> String {
        let levels = ascii ? asciiLevels : blocks
        return String(series.suffix(max(width, 0)).map { point in
            let h = min(max(point.average.hundredthsHalfUp, 200), 500)
            return levels[((h - 200) * (levels.count - 1) + 150) / 300]
        })
    }
}
