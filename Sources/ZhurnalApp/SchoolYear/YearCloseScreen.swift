import Foundation
import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// The year's end from the settings (F3, завуч and администратор): the school's students by
/// class; Space marks those who stay in their grade, F2 asks and y closes the year
/// (`Journal.closeYear`): the closed year is kept in a file beside the journal, the classes move up.
struct YearCloseScreen: Screen {
    enum Command { case up, down, mark, close, confirmYes, confirmNo, back }

    let session: JournalSession
    /// Every student with his class's name, in school order.
    let rows: [(student: Student, className: String)]
    /// The year the calendar holds, «2026/27».
    let year: String
    private(set) var selected = 0
    private(set) var repeaters: Set<Int> = []
    /// True while the question before closing is shown.
    private(set) var confirming = false

    init(session: JournalSession) throws {
        self.session = session
        rows = try session.journal.classes().flatMap { schoolClass in
            try session.journal.students(classID: schoolClass.id).map { ($0, schoolClass.name) }
        }
        let start = session.settings.calendar.terms.first.map { TermCalendar.schoolYearStart(for: $0.start) }
        year = YearClosing.name(ofYear: start ?? TermCalendar.schoolYearStart(for: session.today))
    }

    var title: Message { .journal(.yearClose(.title(year))) }

    var minimumSize: Size { Size(width: 60, height: 12) }

    var keyBindings: [KeyBinding<Command>] {
        if confirming {
            return ConfirmationKeys.bindings(yes: .confirmYes, no: .confirmNo)
        }
        return [
            KeyBinding(.up, .char("k"), help: .keyMoveList, command: .up),
            KeyBinding(.down, .char("j"), help: .keyMoveList, command: .down),
            KeyBinding(.char(" "), help: .journal(.yearClose(.keyMark)), command: .mark),
            KeyBinding(.function(2), help: .journal(.yearClose(.keyClose)), bar: .journal(.yearClose(.barClose)), command: .close),
            KeyBinding(.escape, help: .keyBack, command: .back),
        ]
    }

    mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, rows.count - 1), selected + 1)
        case .mark:
            guard rows.indices.contains(selected) else { return .none }
            let id = rows[selected].student.id
            if repeaters.remove(id) == nil { repeaters.insert(id) }
            selected = min(max(0, rows.count - 1), selected + 1)
        case .close: confirming = true
        case .confirmNo: confirming = false
        case .back: return .pop
        case .confirmYes:
            confirming = false
            do {
                let closing = try session.closeYear(repeaters: repeaters)
                return ScreenAction(.pop, status: StatusMessage(.info, .journal(.yearClosed(.closed(closing)))))
            } catch {
                return .error(.journal(.failed(error)))
            }
        }
        return .none
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let width = buffer.width - 2
        buffer.put(context.text(title), x: 1, y: 0, style: Style(.header, .bold), maxWidth: width)
        buffer.put(context.text(.journal(.yearClose(.hint))), x: 1, y: 1, style: Style(.muted), maxWidth: width)
        if rows.isEmpty {
            buffer.put(context.text(.journal(.yearClose(.noStudents))), x: 1, y: 3, style: Style(.muted), maxWidth: width)
        }
        let mark = context.text(.journal(.yearClose(.repeater)))
        let visible = max(1, buffer.height - 5)
        let first = max(0, min(selected - visible / 2, rows.count - visible))
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let index = first + offset
            let name = "\(row.student.lastName) \(row.student.firstName) \(row.student.middleName)".sanitized
            let line = row.className.fitted(toWidth: 6) + name.fitted(toWidth: 40)
                + (repeaters.contains(row.student.id) ? "  " + mark : "")
            let style = index == selected ? Style(.selected, .reverse) : Style.normal
            buffer.put(line.fitted(toWidth: width), x: 1, y: 3 + offset, style: style)
        }
        if confirming {
            let copy = (Journal.closedYearPath(journalPath: session.journal.path, year: Int(year.prefix(4)) ?? 0) as NSString)
                .lastPathComponent
            buffer.put(context.text(.journal(.yearClose(.confirm(year: year, copy: copy)))), x: 1, y: buffer.height - 1,
                       style: Style(.warning, .bold), maxWidth: width)
        }
    }
}
