import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// Chooses a saved rubric for a column that has none; Enter attaches it and goes on to scoring
/// the student the grid's cursor was on (and from there the rest of the class).
public struct RubricPickerScreen: Screen {
    public enum Command { case up, down, choose, back }

    let session: JournalSession
    let columnID: Int
    let students: [GridData.Student]
    let index: Int
    let rubrics: [StoredRubric]
    public private(set) var selected = 0

    public init(session: JournalSession, columnID: Int, students: [GridData.Student], index: Int, rubrics: [StoredRubric]) {
        self.session = session
        self.columnID = columnID
        self.students = students
        self.index = index
        self.rubrics = rubrics
    }

    public var title: Message { .journal(.assessment(.pickRubric)) }

    public var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.up, .char("k"), help: .keyMoveList, command: .up),
            KeyBinding(.down, .char("j"), help: .keyMoveList, command: .down),
            KeyBinding(.enter, help: .journal(.assessment(.keyAttach)), command: .choose),
            KeyBinding(.escape, help: .keyBack, command: .back),
        ]
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, rubrics.count - 1), selected + 1)
        case .back: return .pop
        case .choose:
            guard rubrics.indices.contains(selected) else { return .pop }
            let stored = rubrics[selected]
            do {
                try session.journal.attachRubric(stored.id, toColumn: columnID)
                try session.noteWrite()
                return .replace(try RubricScreen(session: session, columnID: columnID, students: students, index: index,
                                                 rubric: stored.rubric))
            } catch {
                return .error(.journal(.failed(error)))
            }
        }
        return .none
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        buffer.put(context.text(title), x: 1, y: 0, style: Style(.header, .bold), maxWidth: buffer.width - 2)
        for (index, stored) in rubrics.enumerated() where index + 2 < buffer.height {
            let line = "\(stored.rubric.name) · \(stored.rubric.criteria.count) × \(stored.rubric.maximum)"
            buffer.put(line, x: 1, y: index + 2, style: index == selected ? Style(.cursor, .reverse) : .normal,
                       maxWidth: buffer.width - 2)
        }
    }
}
