import ZhurnalCore

/// The objectivity screen: every stored external procedure against the journal, one report after
/// another, with the highlighted shares in the warning colour; scrolls line by line and by page.
public struct ObjectivityScreen: Screen {
    public enum Command: Sendable { case up, down, pageUp, pageDown, close }

    public let reports: [ObjectivityReport]
    var offset = 0

    public init(reports: [ObjectivityReport]) {
        self.reports = reports
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
            KeyBinding(.up, .char("k"), help: .journal(.keyMoveList), command: .up),
            KeyBinding(.down, .char("j"), help: .journal(.keyMoveList), command: .down),
            KeyBinding(.pageUp, help: .journal(.keyMoveList), command: .pageUp),
            KeyBinding(.pageDown, help: .journal(.keyMoveList), command: .pageDown),
            KeyBinding(.escape, help: .keyBack, command: .close),
        ]
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        let last = max(0, lines(.en).count - 1)
        switch command {
        case .up: offset = max(0, offset - 1)
        case .down: offset = min(offset + 1, last)
        case .pageUp: offset = max(0, offset - 10)
        case .pageDown: offset = min(offset + 10, last)
        case .close: return .pop
        }
        return .none
    }

    /// The reports' lines; as many in every language.
    private func lines(_ language: Language) -> [Substring] {
        reports.map { ObjectivityText.report($0, language: language) }.joined(separator: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let lines = lines(context.language)
        let first = min(offset, max(0, lines.count - buffer.height))
        for (row, line) in lines.dropFirst(first).prefix(buffer.height).enumerated() {
            let style = line.contains(" !") ? Style(.warning) : Style.normal
            buffer.put(String(line).sanitized, x: 1, y: row, style: style, maxWidth: buffer.width - 2)
        }
    }
}
