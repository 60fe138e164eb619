import Foundation

/// A one-line progress bar on stderr: `label [#####.....]  50%`, redrawn when the percentage changes.
final class BenchProgress {
    private let enabled: Bool
    private var shown: (label: String, percent: Int)?

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Shows that `done` of `total` steps of `label` are done.
    func update(_ label: String, done: Int, total: Int) {
        guard enabled else { return }
        let percent = total > 0 ? min(100, done * 100 / total) : 100
        guard shown?.label != label || shown?.percent != percent else { return }
        shown = (label, percent)
        let filled = percent * 30 / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
        let percentText = String(repeating: " ", count: 3 - String(percent).count) + "\(percent)%"
        FileHandle.standardError.write(Data("\r\u{1B}[K\(label) [\(bar)] \(percentText)".utf8))
    }

    /// Ends the bar's line.
    func finish() {
        guard enabled, shown != nil else { return }
        shown = nil
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
