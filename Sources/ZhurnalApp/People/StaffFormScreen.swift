import Foundation
import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// Adds a staff member or edits one: the login (new members only: it is the key), the names, the
/// roles as choices (учитель, классный руководитель of a class, завуч, администратор) and whether
/// he still works. The first member of an empty list is offered as the acting login and an
/// администратор, since the store refuses a list that would lock its editor out.
struct StaffFormScreen: FormScreen {
    let session: JournalSession
    let member: StaffMember?
    var fields: FormFields
    /// The class-teacher field's value that keeps the member's present classes (several, or one
    /// the school has no longer), if it is not simply a class of the school.
    private let classesLed: (value: String, roles: [StaffRole])?

    init(session: JournalSession, member: StaffMember?) throws {
        self.session = session
        self.member = member
        let language = session.language
        func word(_ text: StaffScreenText) -> String { JournalText.staff(text).text(language) }
        let (yes, no) = (word(.yes), word(.no))
        let roles = member?.roles ?? []
        let first = try member == nil && session.journal.staff().isEmpty
        let names = roles.compactMap { role -> String? in
            if case .classTeacher(let name) = role { return name }
            return nil
        }
        var classes = try session.journal.classes().map(\.name)
        var ledValue = word(.noClass)
        if names.count == 1, let name = classes.first(where: { NameFold.sameClass($0, names[0]) }) {
            ledValue = name
            classesLed = nil
        } else if !names.isEmpty {
            ledValue = names.joined(separator: ", ")
            classes.insert(ledValue, at: 0)
            classesLed = (ledValue, names.map(StaffRole.classTeacher))
        } else {
            classesLed = nil
        }
        func flag(_ role: StaffRole, _ on: Bool = false) -> String { roles.contains(role) || on ? yes : no }
        var list: [(JournalText, FieldKind, String)] = member == nil ? [(.staff(.fieldLogin), .text, first ? session.journal.user : "")] : []
        list += [
            (.staff(.fieldLastName), .text, member?.lastName ?? ""),
            (.staff(.fieldFirstName), .text, member?.firstName ?? ""),
            (.staff(.fieldMiddleName), .text, member?.middleName ?? ""),
            (.staff(.fieldTeacher), .choice([no, yes]), flag(.teacher, member == nil && !first)),
            (.staff(.fieldClassLed), .choice([word(.noClass)] + classes), ledValue),
            (.staff(.fieldDeputy), .choice([no, yes]), flag(.deputy)),
            (.staff(.fieldAdmin), .choice([no, yes]), flag(.admin, first)),
            (.staff(.fieldStatus), .choice([word(.working), word(.notWorking)]),
             word(member?.retired == true ? .notWorking : .working)),
        ]
        fields = FormFields(list)
    }

    var title: Message { .journal(.staff(member.map { .staffEditTitle($0.login) } ?? .staffNew)) }

    var minimumSize: Size { Size(width: 60, height: 16) }

    /// The member the fields describe, or the refusal of a wrong field.
    func parsed() -> Result<StaffMember, StaffRefusal> {
        let login = member?.login ?? fields[.staff(.fieldLogin)]
        guard !login.isEmpty, !login.contains(where: \.isWhitespace) else { return .failure(StaffRefusal(text: .emptyLogin)) }
        guard !fields[.staff(.fieldLastName)].isEmpty, !fields[.staff(.fieldFirstName)].isEmpty else { return .failure(StaffRefusal(text: .emptyName)) }
        let yes = JournalText.staff(.yes).text(session.language)
        var roles: [StaffRole] = []
        if fields[.staff(.fieldTeacher)] == yes { roles.append(.teacher) }
        if let classesLed, fields[.staff(.fieldClassLed)] == classesLed.value {
            roles += classesLed.roles
        } else if fields[.staff(.fieldClassLed)] != JournalText.staff(.noClass).text(session.language) {
            roles.append(.classTeacher(fields[.staff(.fieldClassLed)]))
        }
        if fields[.staff(.fieldDeputy)] == yes { roles.append(.deputy) }
        if fields[.staff(.fieldAdmin)] == yes { roles.append(.admin) }
        let retired = fields[.staff(.fieldStatus)] == JournalText.staff(.notWorking).text(session.language)
        return .success(StaffMember(login: login, lastName: fields[.staff(.fieldLastName)], firstName: fields[.staff(.fieldFirstName)], middleName: fields[.staff(.fieldMiddleName)],
                                    roles: roles, retired: retired))
    }

    mutating func save() -> ScreenAction {
        switch parsed() {
        case .failure(let refusal):
            return .error(.journal(.staff(refusal.text)))
        case .success(let edited):
            do {
                if member == nil, try session.journal.staffMember(login: edited.login) != nil {
                    return .error(.journal(.staff(.loginTaken(edited.login))))
                }
                try session.journal.setStaffMember(edited)
                try session.noteWrite()
            } catch {
                return .error(.journal(.failed(error)))
            }
            return ScreenAction(.pop, status: StatusMessage(.info, .journal(.staff(.staffSaved(edited.shortName)))))
        }
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.drawCompact(title: context.text(title), into: &buffer, context: context)
    }
}

/// Why the staff form's fields were not saved.
struct StaffRefusal: Error {
    let text: StaffScreenText
}
