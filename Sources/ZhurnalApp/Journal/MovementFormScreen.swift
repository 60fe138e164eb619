import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// One movement as a form, from the class list: the arrival of a new student (names, first day,
/// order number), a departure (last day, reason, order number), a transfer (the other class, his
/// first day there, order number) or a new name (names, from which day). Saved by one write of
/// the journal's movements: a refusal (no right, a day he is not in the class, marks after it, a
/// later movement) is one line and nothing is written.
struct MovementFormScreen: FormScreen {
    let session: JournalSession
    let kind: MovementKind
    let schoolClass: SchoolClass
    /// The student who moves; nil for an arrival.
    let student: Student?
    let otherClasses: [SchoolClass]
    /// The class's calendar, which reads `ДД.ММ` in its school year.
    let calendar: TermCalendar
    var fields: FormFields

    init(session: JournalSession, kind: MovementKind, schoolClass: SchoolClass, student: Student?,
         otherClasses: [SchoolClass]) throws {
        self.session = session
        self.kind = kind
        self.schoolClass = schoolClass
        self.student = student
        self.otherClasses = otherClasses
        calendar = try session.calendar(forClass: schoolClass.name)
        let today = session.today.russian
        let names: [(JournalText, FieldKind, String)] = [
            (.roster(.fieldLastName), .text, student?.lastName ?? ""),
            (.roster(.fieldFirstName), .text, student?.firstName ?? ""),
            (.roster(.fieldMiddleName), .text, student?.middleName ?? ""),
        ]
        let day = (JournalText.roster(Self.dayLabel(kind)), FieldKind.date, today)
        switch kind {
        case .arrive:
            fields = FormFields(names + [day, (.roster(.fieldOrder), .text, "")])
        case .leave:
            fields = FormFields([day, (.roster(.fieldReason), .text, ""), (.roster(.fieldOrder), .text, "")])
        case .transfer:
            fields = FormFields([(.roster(.fieldToClass), .choice(otherClasses.map(\.name)), ""), day,
                                 (.roster(.fieldOrder), .text, "")])
        case .rename:
            fields = FormFields(names + [day])
        }
    }

    /// What the date of a movement is: his first day in the class, his last, his first in the
    /// new class, the first day of the new name.
    private static func dayLabel(_ kind: MovementKind) -> RosterScreenText {
        switch kind {
        case .arrive: return .fieldFirstDay
        case .leave: return .fieldLastDay
        case .transfer: return .fieldFirstDayThere
        case .rename: return .fieldRenameDay
        }
    }

    var title: Message {
        let who = student?.fullName ?? ""
        switch kind {
        case .arrive: return .journal(.roster(.arriveTitle(schoolClass.name)))
        case .leave: return .journal(.roster(.leaveTitle(who)))
        case .transfer: return .journal(.roster(.transferTitle(who)))
        case .rename: return .journal(.roster(.renameTitle(who)))
        }
    }

    /// The trimmed text of the field labelled `label`; empty when the form has none.
    private func value(_ label: RosterScreenText) -> String {
        fields.labels.firstIndex(of: .journal(.roster(label))).map { fields[$0] } ?? ""
    }

    mutating func save() -> ScreenAction {
        guard let date = calendar.date(parsing: value(Self.dayLabel(kind))) else { return .error(.journal(.roster(.badDate))) }
        let (last, first, middle, order) = (value(.fieldLastName), value(.fieldFirstName), value(.fieldMiddleName), value(.fieldOrder))
        if kind == .arrive || kind == .rename, last.isEmpty || first.isEmpty { return .error(.journal(.roster(.nameNeeded))) }
        let journal = session.journal
        let done: RosterScreenText
        do {
            switch kind {
            case .arrive:
                let pupil = try journal.arrive(classID: schoolClass.id, lastName: last, firstName: first, middleName: middle,
                                               date: date, order: order)
                done = .arrived(pupil.fullName)
            case .leave:
                guard let student else { return .none }
                try journal.leave(studentID: student.id, date: date, reason: value(.fieldReason), order: order)
                done = .left(student.fullName)
            case .transfer:
                guard let student, let target = otherClasses.first(where: { $0.name == value(.fieldToClass) }) else {
                    return .error(.journal(.roster(.noOtherClass)))
                }
                try journal.transfer(studentID: student.id, toClassID: target.id, date: date, order: order)
                done = .transferred(student.fullName, to: target.name)
            case .rename:
                guard let student else { return .none }
                try journal.rename(studentID: student.id, lastName: last, firstName: first, middleName: middle, date: date)
                done = .renameSaved([last, first, middle].filter { !$0.isEmpty }.joined(separator: " "))
            }
            try session.noteWrite()
        } catch {
            return .error(.journal(.failed(error)))
        }
        return ScreenAction(.pop, status: StatusMessage(.info, .journal(.roster(done))))
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.draw(title: context.text(title), into: &buffer, context: context)
    }
}
