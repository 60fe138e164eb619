import Foundation
import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// Учебная нагрузка (settings → F9): every class-subject pair of the curriculum with its teacher,
/// chosen among the staff who teach (← →, or the start of the name). Enter saves every changed
/// pair in one transaction through `Journal.setCurriculum`, which only a завуч or администратор
/// may do; a refusal leaves everything as it was.
struct AssignmentsScreen: FormScreen {
    let session: JournalSession
    let pairs: [CurriculumEntry]
    /// What a teacher field can show, and the login each stands for ("" for none): nobody, the
    /// working teachers, then any login the curriculum names that is not among them.
    let choices: [(label: String, login: String)]
    var fields: FormFields

    init(session: JournalSession) throws {
        self.session = session
        let journal = session.journal
        let language = session.language
        pairs = try journal.curriculum()
        let staff = try journal.staff()
        func label(_ member: StaffMember) -> String { "\(member.shortName) (\(member.login))" }
        var choices = [(label: JournalText.staff(.noTeacher).text(language), login: "")]
        choices += staff.filter { !$0.retired && $0.roles.contains(.teacher) }.map { (label($0), $0.login) }
        for login in Set(pairs.map(\.teacher)).sorted() where !login.isEmpty && !choices.contains(where: { $0.login == login }) {
            choices.append((staff.first { $0.login == login }.map(label) ?? JournalText.staff(.notOnStaff(login)).text(language), login))
        }
        self.choices = choices
        let labels = choices.map(\.label)
        fields = FormFields(pairs.map { pair in
            (.staff(.pair(className: pair.className, subject: pair.subject)), .choice(labels),
             choices.first { $0.login == pair.teacher }?.label ?? labels[0])
        })
    }

    var title: Message { .journal(.staff(.assignmentsTitle)) }

    mutating func save() -> ScreenAction {
        let changed = pairs.indices.compactMap { index -> (CurriculumEntry, String)? in
            let login = choices.first { $0.label == fields[index] }?.login ?? pairs[index].teacher
            return login == pairs[index].teacher ? nil : (pairs[index], login)
        }
        let journal = session.journal
        do {
            try journal.atomically {
                for (pair, login) in changed {
                    try journal.setCurriculum(classID: pair.classID, subjectID: pair.subjectID, teacher: login, hours: pair.hours)
                }
            }
            try session.noteWrite()
        } catch {
            return .error(.journal(.failed(error)))
        }
        return ScreenAction(.pop, status: StatusMessage(.info, .journal(.staff(.assignmentsSaved(changed.count)))))
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.drawCompact(title: context.text(title), into: &buffer, context: context)
        let hint: StaffScreenText = pairs.isEmpty ? .noPairs : .assignmentsHint
        buffer.put(context.text(.journal(.staff(hint))), x: 1, y: pairs.isEmpty ? 2 : buffer.height - 1,
                   style: Style(.muted), maxWidth: buffer.width - 2)
    }
}
