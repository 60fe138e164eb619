import TerminalUI
import ZhurnalCore

/// The texts of the staff and assignment screens (settings → F3, F9), Russian and English side by
/// side.
public enum StaffScreenText: Hashable, Sendable {
    case keyStaff, barStaff, staffTitle, noStaff, staffLine(StaffMember)
    case keyRetire, barRetire, confirmRetire(String), retired(String), alreadyRetired(String)
    case staffNew, staffEditTitle(String), staffSaved(String)
    case fieldLogin, fieldLastName, fieldFirstName, fieldMiddleName, fieldTeacher, fieldClassLed, fieldDeputy, fieldAdmin
    case fieldStatus, yes, no, noClass, working, notWorking
    case emptyLogin, loginTaken(String), emptyName
    case keyAssignments, barAssignments, assignmentsTitle, noPairs, pair(className: String, subject: String)
    case noTeacher, notOnStaff(String), assignmentsHint, assignmentsSaved(Int)

    /// A role as the screens name it.
    static func role(_ role: StaffRole) -> (String, String) {
        switch role {
        case .teacher: return ("учитель", "teacher")
        case .classTeacher(let name): return ("классный руководитель \(name)", "class teacher of \(name)")
        case .deputy: return ("завуч", "deputy head")
        case .admin: return ("администратор", "administrator")
        }
    }

    var pair: (String, String) {
        switch self {
        case .keyStaff: return ("Сотрудники: логин, ФИО, роли; добавить, изменить, отметить выбывшего",
                                "Staff: login, name, roles; add, edit, retire")
        case .barStaff: return ("Сотруд", "Staff")
        case .staffTitle: return ("Сотрудники", "Staff")
        case .noStaff: return ("Сотрудников нет — журнал личный. F3 — добавить (сначала себя администратором)",
                               "No staff: a personal journal. F3 adds one (yourself as administrator first)")
        case .staffLine(let member):
            let roles = member.roles.map(Self.role)
            let state = member.retired ? (" · не работает", " · retired") : ("", "")
            let head = member.login.fitted(toWidth: 12) + " " + member.shortName.fitted(toWidth: 24) + " "
            return (head + (roles.isEmpty ? "без ролей" : roles.map(\.0).joined(separator: ", ")) + state.0,
                    head + (roles.isEmpty ? "no roles" : roles.map(\.1).joined(separator: ", ")) + state.1)
        case .keyRetire: return ("Отметить выбывшим: доступа нет, имя в истории остаётся",
                                 "Retire: no more access, the name stays in history")
        case .barRetire: return ("Выбыл", "Retire")
        case .confirmRetire(let name): return ("\(name) больше не работает? (y/д — да, любая другая клавиша — нет)",
                                               "Has \(name) left? (y — yes, any other key — no)")
        case .retired(let name): return ("\(name): не работает, доступа больше нет", "\(name) retired: no more access")
        case .alreadyRetired(let name): return ("\(name) уже отмечен как не работающий (вернуть — Enter, «Состояние»)",
                                                "\(name) is already retired (Enter, \"Status\" brings them back)")
        case .staffNew: return ("Новый сотрудник", "New staff member")
        case .staffEditTitle(let login): return ("Сотрудник \(login)", "Staff member \(login)")
        case .staffSaved(let name): return ("Сотрудник \(name) сохранён", "Staff member \(name) saved")
        case .fieldLogin: return ("Логин (учётная запись на сервере)", "Login (the account on the server)")
        case .fieldLastName: return ("Фамилия", "Last name")
        case .fieldFirstName: return ("Имя", "First name")
        case .fieldMiddleName: return ("Отчество", "Middle name")
        case .fieldTeacher: return ("Учитель (ведёт пары по нагрузке)", "Teacher (keeps the pairs assigned)")
        case .fieldClassLed: return ("Классный руководитель класса", "Class teacher of")
        case .fieldDeputy: return ("Завуч (учебный план, периоды)", "Deputy head (curriculum, terms)")
        case .fieldAdmin: return ("Администратор (всё, и сотрудники)", "Administrator (everything, staff too)")
        case .fieldStatus: return ("Состояние", "Status")
        case .yes: return ("да", "yes")
        case .no: return ("нет", "no")
        case .noClass: return ("—", "—")
        case .working: return ("работает", "working")
        case .notWorking: return ("не работает", "retired")
        case .emptyLogin: return ("Нужен логин без пробелов: ничего не изменено", "A login without spaces is needed; nothing was changed")
        case .loginTaken(let login): return ("Логин \(login) уже есть в списке: ничего не изменено",
                                             "\(login) is already on the list; nothing was changed")
        case .emptyName: return ("Нужны фамилия и имя: ничего не изменено", "The last and first names are needed; nothing was changed")
        case .keyAssignments: return ("Учебная нагрузка: кто ведёт каждую пару класс–предмет",
                                      "Assignments: who teaches each class-subject pair")
        case .barAssignments: return ("Нагруз", "Assign")
        case .assignmentsTitle: return ("Учебная нагрузка", "Assignments")
        case .noPairs: return ("В учебном плане нет пар класс–предмет: F7 в настройках — классы и их предметы",
                               "The curriculum has no class-subject pairs: F7 in the settings adds classes and subjects")
        case .pair(let className, let subject): return ("\(className) · \(subject)", "\(className) · \(subject)")
        case .noTeacher: return ("— не назначен", "— none")
        case .notOnStaff(let login): return ("\(login) (нет в списке)", "\(login) (not on the list)")
        case .assignmentsHint: return ("Учитель пары: ← → или начало фамилии; Enter — сохранить, Esc — выйти без сохранения",
                                       "A pair's teacher: ← → or the start of the name; Enter saves, Esc leaves without saving")
        case .assignmentsSaved(let count): return ("Нагрузка сохранена: изменено пар \(count)", "Assignments saved: pairs changed: \(count)")
        }
    }
}
