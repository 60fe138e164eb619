import TerminalUI
import ZhurnalCore

/// A class's attendance on screen (F6 on the first screen): a line per student with the lessons
/// counted, missed by reason, late arrivals and the share missed, and the class totals; `t` goes
/// to the next term; scrolls line by line and by page.
public struct AttendanceScreen: Screen {
    public enum Command: Sendable { case scroll(ScrollingList.Move), nextTerm, close }

    let session: JournalSession
    public private(set) var report: AttendanceReport
    var list = ScrollingList(keys: [.arrows, .letters, .pages])

    init(session: JournalSession, report: AttendanceReport) {
        self.session = session
        self.report = report
    }

    /// The screen with a class's attendance for a term, or the failure.
    static func open(session: JournalSession, className: String, term: Term) -> ScreenAction {
        do {
            return .push(AttendanceScreen(session: session, report: try read(session: session, className: className, term: term)))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    private static func read(session: JournalSession, className: String, term: Term) throws -> AttendanceReport {
        try SummaryBuilder(journal: session.journal, settings: session.settings, today: session.today)
            .forClass(className).attendance(className: className, term: term.number)
    }

    public var title: Message { .journal(.attendance(.title(report.className))) }

    public var keyBindings: [KeyBinding<Command>] {
        list.keyBindings(Command.scroll) + [
            KeyBinding(.char("t"), help: .journal(.attendance(.keyNextTerm)), command: .nextTerm),
            KeyBinding(.escape, help: .keyBack, command: .close),
        ]
    }

    public mutating func fit(_ area: Size) {
        list.fit(visible: area.height)
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .scroll(let move): list.scroll(move, count: lineCount)
        case .nextTerm:
            do {
                let calendar = try session.calendar(forClass: report.className)
                guard let current = calendar.term(number: report.term) else { return .none }
                report = try Self.read(session: session, className: report.className,
                                       term: calendar.term(after: current))
                list.scroll(.top, count: lineCount)
            } catch {
                return .error(.journal(.failed(error)))
            }
        case .close: return .pop
        }
        return .none
    }

    /// The report's lines: the title, a blank line, the days, the header, a rule, a line per
    /// student, a rule and the totals.
    private var lineCount: Int { report.rows.count + 7 }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let lines = AttendanceText.report(report, language: context.language, width: buffer.width - 2)
            .split(separator: "\n", omittingEmptySubsequences: false)
        list.drawPage(lines, into: &buffer) { index, _ in index == 0 ? Style(.header, .bold) : .normal }
    }
}
