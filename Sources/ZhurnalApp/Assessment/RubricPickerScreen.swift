import ZhurnalCore
import ZhurnalStore

/// Chooses a saved rubric for a column that has none; Enter attaches it and goes on to scoring
/// the student the grid's cursor was on.
public struct RubricPickerScreen: Screen {
    public enum Command { case up, down, choose, back }

    let session: JournalSession
    let columnID: Int
    let studentID: Int
    let studentName: String
    let rubrics: [StoredRubric]
    public private(set) var selected = 0

    public init(session: JournalSession, columnID: Int, studentID: Int, studentName: String, rubrics: [StoredRubric]) {
        self.session = session
        self.columnID = columnID
        self.studentID = studentID
        self.studentName = studentName
        self.rubrics = rubrics
    }

    public var title: Message { .journal(.assessment(.pickRubric)) }

    public var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.up, .char("k"), help: .journal(.keyMove), command: .up),
            KeyBinding(.down, .char("j"), help: .journal(.keyMove), command: .down),
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
                return .replace(RubricScreen(session: session, columnID: columnID, studentID: studentID, studentName: studentName,
                                             rubric: stored.rubric,
                                             points: try session.journal.rubricPoints(columnID: columnID, studentID: studentID)))
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
