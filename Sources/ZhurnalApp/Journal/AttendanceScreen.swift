import TerminalUI
import ZhurnalCore

/// A class's attendance on screen (F6 on the first screen): a line per student with the lessons
/// counted, missed by reason, late arrivals and the share missed, and the class totals; `t` goes
/// to the next term; scrolls line by line and by page.
public struct AttendanceScreen: Screen {
    public enum Command: Sendable { case up, down, pageUp, pageDown, nextTerm, close }

    let session: JournalSession
    public private(set) var report: AttendanceReport
    var offset = 0

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
        [
            KeyBinding(.up, .char("k"), help: .journal(.keyMoveList), command: .up),
            KeyBinding(.down, .char("j"), help: .journal(.keyMoveList), command: .down),
            KeyBinding(.pageUp, help: .journal(.keyMoveList), command: .pageUp),
            KeyBinding(.pageDown, help: .journal(.keyMoveList), command: .pageDown),
            KeyBinding(.char("t"), help: .journal(.attendance(.keyNextTerm)), command: .nextTerm),
            KeyBinding(.escape, help: .keyBack, command: .close),
        ]
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        let lines = report.rows.count + 7
        switch command {
        case .up: offset = max(0, offset - 1)
        case .down: offset = min(offset + 1, lines - 1)
        case .pageUp: offset = max(0, offset - 10)
        case .pageDown: offset = min(offset + 10, lines - 1)
        case .nextTerm:
            do {
                let calendar = try session.calendar(forClass: report.className)
                guard let current = calendar.term(number: report.term) else { return .none }
                report = try Self.read(session: session, className: report.className,
                                       term: calendar.term(after: current))
                offset = 0
            } catch {
                return .error(.journal(.failed(error)))
            }
        case .close: return .pop
        }
        return .none
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let lines = AttendanceText.report(report, language: context.language, width: buffer.width - 2)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let first = min(offset, max(0, lines.count - buffer.height))
        for (row, line) in lines.dropFirst(first).prefix(buffer.height).enumerated() {
            let style = row + first == 0 ? Style(.header, .bold) : Style.normal
            buffer.put(String(line).sanitized, x: 1, y: row, style: style, maxWidth: buffer.width - 2)
        }
    }
}
