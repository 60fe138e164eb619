import TerminalUI
import ZhurnalCore

/// The class summary on screen: students × subjects with the counting marks and categories, each
/// subject's statistics and the category counts; scrolls line by line and by page.
public struct ClassSummaryScreen: Screen {
    public enum Command: Sendable { case up, down, pageUp, pageDown, close }

    public let summary: ClassSummary
    var offset = 0

    public init(summary: ClassSummary) {
        self.summary = summary
    }

    /// The screen with the summary of a class over all its subjects for a term, or the failure.
    static func open(session: JournalSession, className: String, term: Term) -> ScreenAction {
        let builder = SummaryBuilder(journal: session.journal, settings: session.settings, today: session.today)
        do {
            return .push(ClassSummaryScreen(summary: try builder.forClass(className).classSummary(className: className, period: .term(term.number))))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    public var title: Message { .journal(.summaryTitle(summary.className)) }

    public var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.up, .char("k"), help: .journal(.keyMoveList), command: .up),
            KeyBinding(.down, .char("j"), help: .journal(.keyMoveList), command: .down),
            KeyBinding(.pageUp, help: .journal(.keyMoveList), command: .pageUp),
            KeyBinding(.pageDown, help: .journal(.keyMoveList), command: .pageDown),
            KeyBinding(.escape, help: .keyBack, command: .close),
        ]
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .up: offset = max(0, offset - 1)
        case .down: offset = min(offset + 1, lineCount - 1)
        case .pageUp: offset = max(0, offset - 10)
        case .pageDown: offset = min(offset + 10, lineCount - 1)
        case .close: return .pop
        }
        return .none
    }

    /// The summary's lines, as many in every language.
    private var lineCount: Int { SummaryText.classSummary(summary, language: .en).split(separator: "\n").count }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let lines = SummaryText.classSummary(summary, language: context.language)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let first = min(offset, max(0, lines.count - buffer.height))
        for (row, line) in lines.dropFirst(first).prefix(buffer.height).enumerated() {
            let style = row + first == 0 ? Style(.header, .bold) : Style.normal
            buffer.put(String(line).sanitized, x: 1, y: row, style: style, maxWidth: buffer.width - 2)
        }
    }
}
