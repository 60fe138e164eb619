import TerminalUI
import ZhurnalCore

/// The school's risk view, opened with F5 from the first screen: each class's share at risk and
/// every student at risk ranked across the classes (docs/progress.md, "Where to see it") — what a
/// deputy head opens first.
public struct SchoolRiskScreen: Screen {
    public typealias Command = RiskPager.Command

    public let report: SchoolRiskReport
    var pager = RiskPager()

    public init(report: SchoolRiskReport) {
        self.report = report
    }

    /// The screen for the current term of the session's journal, or the error to show.
    static func open(session: JournalSession) -> ScreenAction {
        do {
            let builder = ProgressBuilder(journal: session.journal, settings: session.settings, today: session.today)
            return .push(SchoolRiskScreen(report: try builder.schoolRisk(grade: nil, term: nil)))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    public var title: Message { .journal(.dynamics(.schoolRiskTitle)) }

    public var keyBindings: [KeyBinding<Command>] { pager.keyBindings }

    public mutating func fit(_ area: Size) {
        pager.fit(area)
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        pager.perform(command, lineCount: RiskPager.lineCount(ProgressText.schoolRisk(report, language: .en)))
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        pager.draw(ProgressText.schoolRisk(report, language: context.language), into: &buffer)
    }
}
