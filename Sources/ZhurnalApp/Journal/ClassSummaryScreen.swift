import TerminalUI
import ZhurnalCore

/// The class summary on screen: students × subjects with the counting marks and categories, each
/// subject's statistics and the category counts; scrolls line by line and by page.
public struct ClassSummaryScreen: Screen {
    public enum Command: Sendable { case scroll(ScrollingList.Move), close }

    public let summary: ClassSummary
    var list = ScrollingList(keys: [.arrows, .letters, .pages])

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
        list.keyBindings(Command.scroll) + [KeyBinding(.escape, help: .keyBack, command: .close)]
    }

    public mutating func fit(_ area: Size) {
        list.fit(visible: area.height)
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .scroll(let move): list.scroll(move, count: lineCount)
        case .close: return .pop
        }
        return .none
    }

    /// The summary's lines as drawn, blank ones included; as many in every language.
    private var lineCount: Int {
        SummaryText.classSummary(summary, language: .en).split(separator: "\n", omittingEmptySubsequences: false).count
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let lines = SummaryText.classSummary(summary, language: context.language)
            .split(separator: "\n", omittingEmptySubsequences: false)
        list.drawPage(lines, into: &buffer) { index, _ in index == 0 ? Style(.header, .bold) : .normal }
    }
}
