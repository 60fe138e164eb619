import Foundation
import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// A class's weekly timetable as a grid: lesson numbers down, Monday to Saturday across. Typing
/// the start of a subject's name and Enter puts it into the lesson under the cursor (the class's
/// curriculum subjects are matched first); Del clears the lesson. Each change is saved at once.
struct TimetableScreen: Screen {
    enum Command { case up, down, left, right, type, erase, set, clear, back }

    static let weekdays = 1...6
    let session: JournalSession
    let schoolClass: SchoolClass
    private(set) var subjects: [Subject]
    private(set) var curriculum: Set<Int>
    private(set) var timetable: Timetable
    private(set) var weekday = 1
    private(set) var lesson = 1
    private(set) var input = LineEditor(maxLength: 40)

    init(session: JournalSession, schoolClass: SchoolClass) throws {
        self.session = session
        self.schoolClass = schoolClass
        subjects = try session.journal.subjects()
        curriculum = Set(try session.journal.curriculum().filter { $0.classID == schoolClass.id }.map(\.subjectID))
        timetable = try session.journal.timetable(classID: schoolClass.id)
    }

    var title: Message { .journal(.schoolYear(.timetableTitle(schoolClass.name))) }

    var minimumSize: Size { Size(width: 60, height: 18) }

    var keyBindings: [KeyBinding<Command>] {
        [
            KeyBinding(.up, help: .journal(.keyMove), command: .up),
            KeyBinding(.down, help: .journal(.keyMove), command: .down),
            KeyBinding(.left, .backTab, help: .journal(.keyMove), command: .left),
            KeyBinding(.right, .tab, help: .journal(.keyMove), command: .right),
            KeyBinding(.enter, help: .journal(.schoolYear(.keyPickSubject)), command: .set),
            KeyBinding(.delete, help: .journal(.schoolYear(.keyClearLesson)), command: .clear),
            KeyBinding(.backspace, help: .journal(.keyEnter), command: .erase),
            KeyBinding(.escape, help: .keyBack, command: .back),
            KeyBinding(.anyCharacter(label: "…"), help: .journal(.schoolYear(.keyPickSubject)), command: .type),
        ]
    }

    mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .up: lesson = max(TimetableLesson.numbers.lowerBound, lesson - 1)
        case .down: lesson = min(TimetableLesson.numbers.upperBound, lesson + 1)
        case .left: weekday = max(Self.weekdays.lowerBound, weekday - 1)
        case .right: weekday = min(Self.weekdays.upperBound, weekday + 1)
        case .type: _ = input.handle(key)
        case .erase: _ = input.handle(.backspace)
        case .back:
            guard input.isEmpty else { input = LineEditor(maxLength: 40); return .none }
            return .pop
        case .clear: return save(nil)
        case .set:
            guard !input.isEmpty else { return .none }
            switch subject(startingWith: input.text) {
            case .found(let subject): return save(subject.id)
            case .none: return .error(.journal(.schoolYear(.unknownSubject(input.text))))
            case .several: return .error(.journal(.schoolYear(.ambiguousSubject(input.text))))
            }
        }
        return .none
    }

    private enum Match { case found(Subject), none, several }

    /// The subject whose name starts with `text` (case and ё ignored): the class's curriculum
    /// subjects first, then every subject of the school; an exact name wins.
    private func subject(startingWith text: String) -> Match {
        let typed = NameFold.key(text)
        if let exact = subjects.first(where: { NameFold.key($0.name) == typed }) { return .found(exact) }
        let matching = subjects.filter { NameFold.key($0.name).hasPrefix(typed) }
        let own = matching.filter { curriculum.contains($0.id) }
        for group in [own, matching] where !group.isEmpty {
            return group.count == 1 ? .found(group[0]) : .several
        }
        return .none
    }

    private mutating func save(_ subjectID: Int?) -> ScreenAction {
        do {
            try session.journal.setTimetableLesson(classID: schoolClass.id, weekday: weekday, lesson: lesson, subjectID: subjectID)
            try session.noteWrite()
            timetable = try session.journal.timetable(classID: schoolClass.id)
            if let subjectID { curriculum.insert(subjectID) }
            input = LineEditor(maxLength: 40)
            lesson = min(TimetableLesson.numbers.upperBound, lesson + 1)
            return .info(.journal(.schoolYear(.timetableSaved)))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        buffer.put(context.text(title), x: 1, y: 0, style: Style(.header, .bold), maxWidth: buffer.width - 2)
        let labelWidth = 6
        let cellWidth = max(6, (buffer.width - labelWidth - 1) / Self.weekdays.count)
        let names = context.language == .ru ? Weekday.russianShort : Weekday.englishShort
        buffer.put(context.text(.journal(.schoolYear(.lessonNumber))), x: 1, y: 2, style: Style(.header))
        for day in Self.weekdays {
            let style = day == weekday ? Style(.header, .reverse) : Style(.header)
            buffer.put(names[day - 1].fitted(toWidth: cellWidth - 1), x: labelWidth + (day - 1) * cellWidth, y: 2, style: style)
        }
        let byID = Dictionary(uniqueKeysWithValues: subjects.map { ($0.id, $0.name) })
        for number in TimetableLesson.numbers {
            let y = 2 + number
            guard y < buffer.height - 1 else { break }
            buffer.put(String(number).fitted(toWidth: 4, alignment: .right), x: 0, y: y, style: Style(.muted))
            for day in Self.weekdays {
                let isCursor = day == weekday && number == lesson
                let x = labelWidth + (day - 1) * cellWidth
                if isCursor, !input.isEmpty {
                    input.draw(into: &buffer, x: x, y: y, width: cellWidth - 1, style: Style(.cursor, .reverse))
                    continue
                }
                let name = timetable.subject(weekday: day, lesson: number).flatMap { byID[$0] } ?? "·"
                buffer.put(name.sanitized.fitted(toWidth: cellWidth - 1), x: x, y: y,
                           style: isCursor ? Style(.cursor, .reverse) : (name == "·" ? Style(.muted) : .normal))
            }
        }
        buffer.put(context.text(.journal(.schoolYear(.timetableHint))), x: 1, y: buffer.height - 1, style: Style(.muted),
                   maxWidth: buffer.width - 2)
    }
}
