import TerminalUI
import ZhurnalCore

/// The objectivity overview: per external procedure a line per class and subject (participants,
/// понизили / подтвердили / повысили with `!` where a share reaches the setting, the correlation),
/// per subject and the total. ↑↓ choose a class, `n` jumps to the next flagged one, Enter shows
/// its students.
public struct ObjectivityScreen: Screen {
    public enum Command: Sendable { case up, down, pageUp, pageDown, nextFlagged, open, close }

    public let reports: [ObjectivityReport]
    /// Every class and subject of every report, in order.
    let rows: [(report: Int, group: Int)]
    /// The chosen row.
    public private(set) var selected = 0

    public init(reports: [ObjectivityReport]) {
        self.reports = reports
        rows = reports.indices.flatMap { report in reports[report].groups.indices.map { (report: report, group: $0) } }
    }

    /// The screen with every procedure of the session's journal, or a message when there is none.
    static func open(session: JournalSession) -> ScreenAction {
        let builder = ObjectivityBuilder(journal: session.journal, settings: session.settings)
        do {
            let reports = try session.journal.externalProcedures().map { try builder.report(procedure: $0, term: nil) }
            guard !reports.isEmpty else { return .error(.journal(.noProcedures)) }
            return .push(ObjectivityScreen(reports: reports))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    public var title: Message { .journal(.objectivityTitle) }

    public var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.up, .char("k"), help: .keyMoveList, command: .up),
            KeyBinding(.down, .char("j"), help: .keyMoveList, command: .down),
            KeyBinding(.pageUp, help: .keyMoveList, command: .pageUp),
            KeyBinding(.pageDown, help: .keyMoveList, command: .pageDown),
            KeyBinding(.char("n"), .char("т"), help: .journal(.deputy(.keyNextFlagged)), command: .nextFlagged),
            KeyBinding(.enter, help: .journal(.deputy(.keyGroup)), command: .open),
            KeyBinding(.escape, help: .keyBack, command: .close),
        ]
    }

    /// Whether a row's class is flagged: a share понизили or повысили at or above the setting.
    func isFlagged(_ row: Int) -> Bool {
        reports[rows[row].report].groups[rows[row].group].figures.flagged
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        let last = max(0, rows.count - 1)
        switch command {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(last, selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(last, selected + 10)
        case .nextFlagged:
            let order = rows.indices.map { (selected + 1 + $0) % rows.count }
            guard let next = order.first(where: isFlagged) else { return .info(.journal(.deputy(.noFlagged))) }
            selected = next
        case .open:
            guard rows.indices.contains(selected) else { return .none }
            let report = reports[rows[selected].report]
            return .push(ObjectivityGroupScreen(group: report.groups[rows[selected].group]))
        case .close: return .pop
        }
        return .none
    }

    /// The lines of every report with the row each group line stands for.
    private func lines(_ language: Language) -> [(text: String, row: Int?, heading: Bool)] {
        var lines: [(text: String, row: Int?, heading: Bool)] = []
        var row = 0
        for report in reports {
            let overview = ObjectivityText.overview(report, language: language)
            lines.append((ObjectivityLabel.title.text(language) + ": " + report.procedure, nil, true))
            lines.append((overview.header, nil, false))
            for line in overview.groups {
                lines.append((line, row, false))
                row += 1
            }
            lines += (overview.subjects + [overview.total, ""]).map { ($0, nil, false) }
        }
        return lines
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let lines = lines(context.language)
        let height = max(1, buffer.height - 1)
        let chosen = lines.firstIndex { $0.row == selected } ?? 0
        let top = max(0, min(chosen - height / 2, lines.count - height))
        for (y, line) in lines.dropFirst(top).prefix(height).enumerated() {
            var style = line.heading ? Style(.header, .bold) : line.text.contains(" !") ? Style(.warning) : Style.normal
            if line.row == selected { style = Style(.selected, .reverse) }
            buffer.put(line.text.sanitized.fitted(toWidth: buffer.width - 2), x: 1, y: y, style: style)
        }
        buffer.put(context.text(.journal(.deputy(.objectivityHint))), x: 1, y: buffer.height - 1, style: Style(.muted),
                   maxWidth: buffer.width - 2)
    }
}
