import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// The class view of outcomes (how many students reached базовый / повышенный per outcome), the
/// current student's outcome profile, marks by level of work for the student and the class, and
/// the student's formative notes.
public struct OutcomeScreen: Screen {
    public enum Command { case back }

    let studentName: String
    let subjects: [Int: String]
    public let overview: OutcomeOverview

    public init(overview: OutcomeOverview, studentName: String, subjects: [Int: String]) {
        self.overview = overview
        self.studentName = studentName
        self.subjects = subjects
    }

    public var title: Message { .journal(.assessment(.outcomesTitle(studentName))) }

    public var keyBindings: [KeyBinding<Command>] {
        [KeyBinding(.escape, help: .keyBack, command: .back)]
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction { .pop }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        for (y, line) in overview.lines(studentName: studentName, subjects: subjects, language: context.language).enumerated() where y < buffer.height {
            buffer.put(line.0, x: 1, y: y, style: line.1, maxWidth: buffer.width - 2)
        }
    }
}
