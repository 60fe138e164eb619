import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// Scores a rubric for one student: criteria as rows, points typed into the current row, the
/// total and the resulting mark live. Enter saves the row; the cell's mark is derived and written
/// through the journal, so the grid, the history and undo see it. PgDn and PgUp (Ctrl-N, Ctrl-P)
/// go on to the next or previous student of the class in the same column, saving the typed
/// points first, so a whole class is scored without leaving the screen.
public struct RubricScreen: Screen {
    public enum Command {
        case type, erase, save, up, down, nextStudent, previousStudent, back
    }

    let session: JournalSession
    let columnID: Int
    /// The class's students in grid order.
    let students: [GridData.Student]
    /// The scored student's index in `students`.
    public private(set) var index: Int
    let rubric: Rubric
    /// The saved points by criterion code.
    public private(set) var points: [String: Int]
    /// The current criterion's row.
    public private(set) var row = 0
    /// What is typed into the current row.
    public private(set) var input = ""

    /// Scores `rubric` in a column for `students[index]`, reading the points saved so far.
    public init(session: JournalSession, columnID: Int, students: [GridData.Student], index: Int, rubric: Rubric) throws {
        self.session = session
        self.columnID = columnID
        self.students = students
        self.index = index
        self.rubric = rubric
        points = try session.journal.rubricPoints(columnID: columnID, studentID: students[index].id)
    }

    /// The scored student.
    public var student: GridData.Student { students[index] }

    public var title: Message {
        .journal(.assessment(.rubricTitle(rubric: rubric.name, student: student.shortName, position: index + 1,
                                          count: students.count)))
    }

    public var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.characters(Set("0123456789"), label: "0–9"), help: .journal(.assessment(.keyPoints)), command: .type),
            KeyBinding(.delete, .backspace, help: .journal(.keyClear), command: .erase),
            KeyBinding(.enter, help: .journal(.assessment(.keyPoints)), command: .save),
            KeyBinding(.up, .char("k"), help: .journal(.assessment(.keyRow)), command: .up),
            KeyBinding(.down, .char("j"), .tab, help: .journal(.assessment(.keyRow)), command: .down),
            KeyBinding(.pageDown, .ctrl("n"), help: .journal(.assessment(.keyNextStudent)), command: .nextStudent),
            KeyBinding(.pageUp, .ctrl("p"), help: .journal(.assessment(.keyPreviousStudent)), command: .previousStudent),
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
        case .nextStudent:
            return move(by: 1)
        case .previousStudent:
            return move(by: -1)
        case .back:
            return .pop
        }
    }

    /// Saves the typed points, then scores the student `offset` rows away from the first criterion.
    private mutating func move(by offset: Int) -> ScreenAction {
        guard students.indices.contains(index + offset) else {
            return .info(.journal(.assessment(offset > 0 ? .lastStudent : .firstStudent)))
        }
        if !input.isEmpty {
            let saved = save()
            if saved.status?.kind == .error { return saved }
        }
        do {
            points = try session.journal.rubricPoints(columnID: columnID, studentID: students[index + offset].id)
        } catch {
            return .error(.journal(.failed(error)))
        }
        index += offset
        row = 0
        input = ""
        return .none
    }

    private mutating func save() -> ScreenAction {
        let criterion = rubric.criteria[row]
        guard let typed = Int(input) else { return .none }
        guard typed <= criterion.maxPoints else { return .error(.journal(.assessment(.tooMany(criterion.maxPoints)))) }
        do {
            let mark = try session.journal.scoreRubric(columnID: columnID, studentID: student.id,
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
