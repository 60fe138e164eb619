/// The class risk view: the share of students at risk per subject and each student's reasons.
public struct ClassRiskScreen: Screen {
    public enum Command: Sendable { case up, down, close }

    public let report: RiskReport
    var offset = 0

    public init(report: RiskReport) {
        self.report = report
    }

    public var title: Message { .journal(.dynamics(.riskTitle(report.className))) }

    public var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.up, .char("k"), help: .journal(.keyMoveList), command: .up),
            KeyBinding(.down, .char("j"), help: .journal(.keyMoveList), command: .down),
            KeyBinding(.escape, help: .keyBack, command: .close),
        ]
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .up: offset = max(0, offset - 1)
        case .down: offset = min(offset + 1, lineCount - 1)
        case .close: return .pop
        }
        return .none
    }

    /// The report's lines, the same in every language.
    private var lineCount: Int { ProgressText.risk(report, language: .en).split(separator: "\n").count }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let lines = ProgressText.risk(report, language: context.language).split(separator: "\n", omittingEmptySubsequences: false)
        let first = min(offset, max(0, lines.count - buffer.height))
        for (row, line) in lines.dropFirst(first).prefix(buffer.height).enumerated() {
            let style = row + first == 0 ? Style(.header, .bold) : (line.hasPrefix("    ") ? Style(.warning) : Style.normal)
            buffer.put(String(line).sanitized, x: 1, y: row, style: style, maxWidth: buffer.width - 2)
        }
    }
}
