import TerminalUI
import ZhurnalCore

/// «Заполнить уроки по расписанию до …»: generates the grid's class-subject lessons from the
/// timetable, from the term's start up to a date (the term's end by default).
public struct LessonGenerationScreen: FormScreen {
    let session: JournalSession
    let grid: GridData
    public var fields: FormFields

    public init(session: JournalSession, grid: GridData) {
        self.session = session
        self.grid = grid
        fields = FormFields([(.schoolYear(.fieldUntil), .date, grid.term.end.russian)])
    }

    public var title: Message { .journal(.schoolYear(.generateTitle)) }

    public mutating func save() -> ScreenAction {
        guard let until = grid.calendar.date(parsing: fields[.schoolYear(.fieldUntil)]), until >= grid.term.start else {
            return .error(.journal(.schoolYear(.badUntil)))
        }
        do {
            let result = try session.generateLessons(classID: grid.classID, subjectID: grid.subjectID,
                                                     dates: grid.term.start...min(until, grid.term.end))
            guard result.classes > 0 else { return .error(.journal(.schoolYear(.noTimetable))) }
            return ScreenAction(.pop, status: StatusMessage(.info, .journal(.schoolYear(.generated(result.created)))))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.draw(title: "\(grid.className) · \(grid.subject) — \(context.text(title))", into: &buffer, context: context)
    }
}
