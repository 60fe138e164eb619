import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// The class teacher's list of a class (F4 on the first screen): every student who was ever in
/// it, in class-list order, with his movements; those no longer in it are dimmed. F3 records an
/// arrival (a new student), F8 a departure, F5 a transfer to another class, F2 a new name — each
/// through a form and the journal's write path. The list is read again after a form saved.
public struct RosterScreen: Screen {
    public enum Command: Sendable { case up, down, pageUp, pageDown, move(MovementKind), back }

    /// A student of the list with every movement of his.
    public struct Line: Sendable {
        public var student: Student
        public var movements: [MovementRecord]
    }

    let session: JournalSession
    let schoolClass: SchoolClass
    public private(set) var lines: [Line] = []
    public internal(set) var selected = 0
    /// The school's classes, for transfers.
    private var classes: [SchoolClass] = []
    private var revision: Int

    init(session: JournalSession, schoolClass: SchoolClass) throws {
        self.session = session
        self.schoolClass = schoolClass
        revision = session.revision
        try read()
    }

    /// The list of the class `classID`, or the failure.
    static func open(session: JournalSession, classID: Int) -> ScreenAction {
        do {
            guard let schoolClass = try session.journal.classes().first(where: { $0.id == classID }) else { return .none }
            return .push(try RosterScreen(session: session, schoolClass: schoolClass))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    private mutating func read() throws {
        let movements = Dictionary(grouping: try session.journal.movements(), by: \.studentID)
        lines = try session.journal.studentsEverIn(classID: schoolClass.id).students.map {
            Line(student: $0, movements: movements[$0.id] ?? [])
        }
        classes = try session.journal.classes()
        selected = min(selected, max(0, lines.count - 1))
    }

    public var title: Message { .journal(.roster(.title(schoolClass.name))) }

    /// The movement keys, none on a read-only journal.
    public var keyBindings: [KeyBinding<Command>] {
        let moving: [KeyBinding<Command>] = session.isReadOnly ? [] : [
            KeyBinding(.function(3), .char("a"), help: .journal(.roster(.keyArrive)), bar: .journal(.roster(.barArrive)), command: .move(.arrive)),
            KeyBinding(.function(8), help: .journal(.roster(.keyLeave)), bar: .journal(.roster(.barLeave)), command: .move(.leave)),
            KeyBinding(.function(5), help: .journal(.roster(.keyTransfer)), bar: .journal(.roster(.barTransfer)), command: .move(.transfer)),
            KeyBinding(.function(2), help: .journal(.roster(.keyRename)), bar: .journal(.roster(.barRename)), command: .move(.rename)),
        ]
        return [
            KeyBinding(.up, .char("k"), help: .keyMoveList, command: .up),
            KeyBinding(.down, .char("j"), help: .keyMoveList, command: .down),
            KeyBinding(.pageUp, help: .keyMoveList, command: .pageUp),
            KeyBinding(.pageDown, help: .keyMoveList, command: .pageDown),
        ] + moving + [KeyBinding(.escape, help: .keyBack, command: .back)]
    }

    public mutating func perform(_ command: Command, key: Key) -> ScreenAction {
        switch command {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, lines.count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(max(0, lines.count - 1), selected + 10)
        case .back: return .pop
        case .move(.arrive): return form(.arrive, student: nil)
        case .move(let kind):
            guard lines.indices.contains(selected) else { return .none }
            let student = lines[selected].student
            if student.classID != schoolClass.id {
                return .error(.journal(.roster(.notInClass(name: student.fullName, className: className(student.classID)))))
            }
            return form(kind, student: student)
        }
        return .none
    }

    private func form(_ kind: MovementKind, student: Student?) -> ScreenAction {
        let others = classes.filter { $0.id != schoolClass.id }
        if kind == .transfer, others.isEmpty { return .error(.journal(.roster(.noOtherClass))) }
        do {
            return .push(try MovementFormScreen(session: session, kind: kind, schoolClass: schoolClass, student: student,
                                                otherClasses: others))
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    /// Reads the list again after a form above saved.
    public mutating func tick() -> ScreenAction {
        guard session.revision != revision else { return .none }
        revision = session.revision
        do {
            try read()
            return .none
        } catch {
            return .error(.journal(.failed(error)))
        }
    }

    private func className(_ id: Int) -> String {
        classes.first { $0.id == id }?.name ?? ""
    }

    /// A movement as the list shows it, from this class's side.
    func text(_ movement: MovementRecord) -> RosterScreenText {
        let date = movement.date.russian
        switch movement.kind {
        case .arrive: return .arrival(date: date, order: movement.order)
        case .leave: return .departure(date: date, reason: movement.reason, order: movement.order)
        case .transfer where movement.toClassID == schoolClass.id:
            return .transferIn(from: className(movement.classID), date: date, order: movement.order)
        case .transfer:
            return .transferOut(to: movement.toClassID.map(className) ?? "", date: date, order: movement.order)
        case .rename: return .renamed(date: date, was: movement.formerName ?? "")
        }
    }

    public func draw(into buffer: inout CellBuffer, context: DrawContext) {
        let nameWidth = min(26, max(12, lines.map { $0.student.fullName.displayWidth }.max() ?? 12))
        let movementsX = 5 + nameWidth + 1
        buffer.put("№".fitted(toWidth: 3, alignment: .right), x: 0, y: 0, style: Style(.header))
        buffer.put(context.text(.journal(.roster(.headerStudent))), x: 4, y: 0, style: Style(.header))
        buffer.put(context.text(.journal(.roster(.headerMovements))), x: movementsX, y: 0, style: Style(.header),
                   maxWidth: max(0, buffer.width - movementsX))
        guard !lines.isEmpty else {
            buffer.put(context.text(.journal(.roster(.empty))), x: 1, y: 2, style: Style(.muted), maxWidth: buffer.width - 2)
            return
        }
        let rows = max(1, buffer.height - 1)
        let first = max(0, min(selected - rows / 2, lines.count - rows))
        for (offset, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let current = line.student.classID == schoolClass.id
                && Enrollment(classID: line.student.classID, movements: line.movements.map(\.movement))
                    .isEnrolled(in: schoolClass.id, on: session.today)
            let style = index == selected ? Style(.selected, .reverse) : Style(current ? .normal : .muted)
            let movements = line.movements.map { context.text(.journal(.roster(text($0)))) }.joined(separator: "; ")
            let row = String(index + 1).fitted(toWidth: 3, alignment: .right) + " "
                + line.student.fullName.sanitized.fitted(toWidth: nameWidth + 1) + " " + movements.sanitized
            buffer.put(row.fitted(toWidth: buffer.width), x: 0, y: 1 + offset, style: style)
        }
    }
}
