import TerminalUI

/// The class risk view: the share of students at risk per subject, the students at risk ranked
/// with their reasons, and the students showing only a decline.
public struct ClassRiskScreen: Screen {
    public typealias Command = RiskPager.Command

    public let report: RiskReport
    var pager = RiskPager()

    public init(report: RiskReport) {
        self.report = report
    }

    public var title: Message { .journal(.dynamics(.riskTitle(report.className))) }

    public var keyBindings: [KeyBinding<Command>] { pager.keyBindings }

    public mutating func fit(_ area: Size) {
        pager.fit(area)
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        pager.perform(command, lineCount: RiskPager.lineCount(ProgressText.risk(report, language: .en)))
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        pager.draw(ProgressText.risk(report, language: context.language), into: &buffer)
    }
}
