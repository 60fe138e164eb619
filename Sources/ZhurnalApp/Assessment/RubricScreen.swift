import ZhurnalCore
import ZhurnalStore

/// Scores a rubric for one student: criteria as rows, points typed into the current row, the
/// total and the resulting mark live. Enter saves the row; the cell's mark is derived and written
/// through the journal, so the grid, the history and undo see it.
public struct RubricScreen: Screen {
    public enum Command {
        case type, erase, save, up, down, back
    }

    let session: JournalSession
    let columnID: Int
    let studentID: Int
    let studentName: String
    let rubric: Rubric
    /// The saved points by criterion code.
    public private(set) var points: [String: Int]
    /// The current criterion's row.
    public private(set) var row = 0
    /// What is typed into the current row.
    public private(set) var input = ""

    public init(session: JournalSession, columnID: Int, studentID: Int, studentName: String, rubric: Rubric,
                points: [String: Int]) {
        self.session = session
        self.columnID = columnID
        self.studentID = studentID
        self.studentName = studentName
        self.rubric = rubric
        self.points = points
    }

    public var title: Message { .journal(.assessment(.rubricTitle(rubric: rubric.name, student: studentName))) }

    public var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.characters(Set("0123456789"), label: "0–9"), help: .journal(.assessment(.keyPoints)), command: .type),
            KeyBinding(.delete, .backspace, help: .journal(.keyClear), command: .erase),
            KeyBinding(.enter, help: .journal(.assessment(.keyPoints)), command: .save),
            KeyBinding(.up, .char("k"), help: .journal(.assessment(.keyRow)), command: .up),
            KeyBinding(.down, .char("j"), .tab, help: .journal(.assessment(.keyRow)), command: .down),
            KeyBinding(.escape, help: .keyBack, command: .back),
        ]
    }

    /// The points as shown: saved ones with the typed value of the current row over them.
    public var shownPoints: [String: Int] {
        var shown = points
        if let typed = Int(input) { shown[rubric.criteria[row].code] = typed }
        return shown
    }

    /// The mark the shown points give.
    public var liveMark: Int? { rubric.mark(for: shownPoints) }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .type:
            guard case .char(let character) = key, input.count < 3 else { return .none }
            input.append(character)
            return .none
        case .erase:
            if !input.isEmpty { input.removeLast() }
            return .none
        case .save:
            return save()
        case .up:
            input = ""
            row = max(0, row - 1)
            return .none
        case .down:
            input = ""
            row = min(rubric.criteria.count - 1, row + 1)
            return .none
        case .back:
            return .pop
        }
    }

    private mutating func save() -> ScreenAction {
        let criterion = rubric.criteria[row]
        guard let typed = Int(input) else { return .none }
        guard typed <= criterion.maxPoints else { return .error(.journal(.assessment(.tooMany(criterion.maxPoints)))) }
        do {
            let mark = try session.journal.scoreRubric(columnID: columnID, studentID: studentID,
                                                       points: [criterion.code: typed])
            try session.noteWrite()
            points[criterion.code] = typed
            input = ""
            row = min(rubric.criteria.count - 1, row + 1)
            return .info(.journal(.assessment(.scored(mark?.description ?? "—"))))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let text = { (t: AssessmentScreenText) in Message.journal(.assessment(t)).text(context.language) }
        buffer.put(text(.criterion), x: 1, y: 0, style: Style(.header))
        buffer.put(text(.points), x: max(0, buffer.size.width - 12), y: 0, style: Style(.header))
        let shown = shownPoints
        for (index, criterion) in rubric.criteria.enumerated() where index + 1 < buffer.size.height - 2 {
            let y = index + 1
            let current = index == row
            let value = current && !input.isEmpty ? input : shown[criterion.code].map(String.init) ?? "·"
            buffer.put("\(criterion.code) \(criterion.description)", x: 1, y: y)
            buffer.put("\(value) / \(criterion.maxPoints)", x: max(0, buffer.size.width - 12), y: y,
                       style: Style(current ? .cursor : .normal))
        }
        let y = min(rubric.criteria.count + 2, buffer.size.height - 1)
        let mark = liveMark.map { text(.mark(String($0))) } ?? text(.noMark)
        buffer.put(text(.total(earned: rubric.total(shown), maximum: rubric.maximum)) + " · " + mark, x: 1, y: y,
                   style: Style(.header))
    }
}
