import TerminalUI
import ZhurnalCore

/// The first screen: every class with its subjects; typing filters the list, Enter opens the
/// journal grid of the chosen class and subject, F3 the chosen class's summary over all subjects,
/// F4 its list with the students' movements, F6 its attendance.
public struct PickerScreen: Screen {
    public enum Command: Sendable { case up, down, pageUp, pageDown, open, type, erase, quit, settings, objectivity, classSummary, schoolRisk, attendance, roster }

    let session: JournalSession
    private(set) var pairs: [ClassSubject]
    var filter = LineEditor(maxLength: 40)
    var selected = 0
    private var revision: Int

    public init(session: JournalSession) throws {
        self.session = session
        pairs = try session.classSubjects()
        revision = session.revision
    }

    /// Reads the list again after a screen above changed classes or the curriculum.
    public mutating func tick() -> ScreenAction {
        guard session.revision != revision else { return .none }
        revision = session.revision
        do {
            pairs = try session.classSubjects()
        } catch {
            return .error(.journal(.failed(error)))
        }
        selected = min(selected, max(0, shown.count - 1))
        return .none
    }

    public var title: Message { .journal(.pickerTitle) }

    public var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.enter, .function(2), help: .journal(.open), bar: .journal(.barOpen), command: .open),
            KeyBinding(.function(3), help: .journal(.deputy(.keyClassSummary)), bar: .journal(.deputy(.barSummary)),
                       command: .classSummary),
            KeyBinding(.function(4), help: .journal(.roster(.keyRoster)), bar: .journal(.roster(.barRoster)), command: .roster),
            KeyBinding(.function(6), help: .journal(.attendance(.keyAttendance)), bar: .journal(.attendance(.barAttendance)),
                       command: .attendance),
            KeyBinding(.function(9), help: .journal(.keySettings), bar: .journal(.barSettings), command: .settings),
            KeyBinding(.function(5), help: .journal(.dynamics(.keySchoolRisk)), bar: .journal(.dynamics(.barSchoolRisk)),
                       command: .schoolRisk),
            KeyBinding(.function(8), help: .journal(.keyObjectivity), bar: .journal(.barObjectivity), command: .objectivity),
            KeyBinding(.up, help: .keyMoveList, command: .up),
            KeyBinding(.down, help: .keyMoveList, command: .down),
            KeyBinding(.pageUp, help: .keyMoveList, command: .pageUp),
            KeyBinding(.pageDown, help: .keyMoveList, command: .pageDown),
            KeyBinding(.backspace, .delete, help: .journal(.filter), command: .erase),
            KeyBinding(.char("q"), help: .keyQuit, command: .quit),
            KeyBinding(.anyCharacter(label: "…"), help: .journal(.filter), command: .type),
        ]
    }

    /// The pairs the filter lets through: every word must start a word of "class subject".
    var shown: [ClassSubject] {
        let words = NameFold.key(filter.text).split(separator: " ")
        guard !words.isEmpty else { return pairs }
        return pairs.filter { pair in
            let haystack = NameFold.key("\(pair.className) \(pair.subject)").split(separator: " ")
            return words.allSatisfy { word in haystack.contains { $0.hasPrefix(word) } }
        }
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .settings: return .push(SettingsScreen(session: session))
        case .objectivity: return ObjectivityScreen.open(session: session)
        case .schoolRisk: return SchoolRiskScreen.open(session: session)
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, shown.count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(max(0, shown.count - 1), selected + 10)
        case .quit:
            if filter.isEmpty { return .quit }
            filter.handle(key)
            selected = 0
        case .type:
            filter.handle(key)
            selected = 0
        case .erase:
            filter.handle(.backspace)
            selected = 0
        case .classSummary, .attendance:
            let list = shown
            guard list.indices.contains(selected) else { return .none }
            do {
                let (className, term) = (list[selected].className, try session.openingTerm(for: list[selected]))
                return command == .attendance ? AttendanceScreen.open(session: session, className: className, term: term)
                    : ClassSummaryScreen.open(session: session, className: className, term: term)
            } catch {
                return .error(.journal(.failed(error)))
            }
        case .roster:
            let list = shown
            guard list.indices.contains(selected) else { return .none }
            return RosterScreen.open(session: session, classID: list[selected].classID)
        case .open:
            let list = shown
            guard list.indices.contains(selected) else { return .none }
            do {
                return .push(try JournalGridScreen(session: session, pair: list[selected]))
            } catch {
                return .error(.journal(.failed(error)))
            }
        }
        return .none
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let school = session.settings.schoolName.isEmpty ? "Zhurnal" : session.settings.schoolName
        buffer.put(school.sanitized, x: 1, y: 0, style: Style(.header, .bold), maxWidth: buffer.width - 2)
        let prompt = context.text(.journal(.filter)) + ": "
        let used = buffer.put(prompt, x: 1, y: 1, style: Style(.muted))
        filter.draw(into: &buffer, x: 1 + used, y: 1, width: min(40, buffer.width - used - 2))
        guard !pairs.isEmpty else {
            for (index, line) in context.text(.journal(.pickerEmpty)).wrapped(toWidth: buffer.width - 2).enumerated() {
                buffer.put(line, x: 1, y: 3 + index, style: Style(.warning))
            }
            return
        }
        let list = shown
        let rows = max(1, buffer.height - 4)
        let top = max(0, min(selected - rows / 2, list.count - rows))
        for (row, pair) in list.dropFirst(top).prefix(rows).enumerated() {
            let index = top + row
            let style = index == selected ? Style(.selected, .reverse) : Style.normal
            let line = pair.className.fitted(toWidth: 5) + " " + pair.subject.fitted(toWidth: 24) + " "
                + context.text(.journal(.students(pair.studentCount)))
            buffer.put(line.fitted(toWidth: buffer.width - 2), x: 1, y: 3 + row, style: style)
        }
        buffer.put(context.text(.journal(.pickerHint)), x: 1, y: buffer.height - 1, style: Style(.muted), maxWidth: buffer.width - 2)
    }
}
