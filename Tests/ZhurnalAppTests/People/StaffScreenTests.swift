import Foundation
import HostileSupport
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// A small school on disk for the staff screens: 7А with Алгебра (taught by ivanova, 3 hours) and
/// Русский язык (by petrov); staff admin (администратор), zavuch (завуч), ivanova and petrov
/// (учителя). Each test opens it as one of them (the journal's user).
struct StaffSchool {
    static let today = LocalDate(year: 2026, month: 9, day: 20)!
    static let staffFile = """
        login,last_name,first_name,middle_name,roles
        admin,Орлова,Ольга,Петровна,admin
        zavuch,Зайцева,Зоя,Ильинична,deputy
        ivanova,Иванова,Ирина,Ивановна,teacher
        petrov,Петров,Пётр,,teacher
        """

    let path: String

    init(_ scratch: ScratchFolder) throws {
        path = scratch.path("journal.sqlite")
        let journal = try Journal(path: path, user: "admin")
        let seventh = try journal.createClass(named: "7А")
        let algebra = try journal.createSubject(named: "Алгебра")
        let russian = try journal.createSubject(named: "Русский язык")
        #expect(try journal.importStaff(Array(Self.staffFile.utf8)) == 4)
        try journal.setCurriculum(classID: seventh.id, subjectID: algebra.id, teacher: "ivanova", hours: Weight(parsing: "3"))
        try journal.setCurriculum(classID: seventh.id, subjectID: russian.id, teacher: "petrov")
    }

    /// The journal as `user` sees it, and a shell on the first screen.
    func open(as user: String, language: Language = .ru) throws -> (Journal, AppShell) {
        let journal = try Journal(path: path, user: user)
        let session = try JournalSession(journal: journal, today: Self.today)
        session.language = language
        let shell = AppShell(root: try PickerScreen(session: session), size: Size(width: 100, height: 30),
                             context: DrawContext(language: language))
        return (journal, shell)
    }
}

/// The staff list on screen (settings → F3): add, edit, retire; every change by an администратор
/// only, a refusal one line with nothing changed.
@Suite struct StaffScreenTests {
    let scratch = ScratchFolder()

    /// A personal journal gets its first staff member: the form offers the acting login as an
    /// администратор (anything else would lock him out), then a teacher is added.
    @Test func theFirstMemberIsTheActingAdministratorThenATeacher() throws {
        let journal = try Journal(path: scratch.path("journal.sqlite"), user: "olga")
        try journal.createClass(named: "7А")
        let session = try JournalSession(journal: journal, today: StaffSchool.today)
        var shell = AppShell(root: try PickerScreen(session: session), size: Size(width: 100, height: 30),
                             context: DrawContext(language: .ru))
        shell.type("<F9><F3>")
        #expect(shell.frame.contains { $0.contains("Сотрудников нет — журнал личный") }, "\(shell.frame)")
        shell.type("<F3>")
        #expect(shell.frame.contains { $0.contains("Логин") && $0.contains("olga") }, "\(shell.frame)")
        #expect(shell.frame.contains { $0.contains("Администратор") && $0.contains("◂ да ▸") })
        shell.type("<tab>Орлова<tab>Ольга<tab>Петровна\r")
        #expect(shell.frame.contains { $0.contains("olga") && $0.contains("Орлова О. П.") && $0.contains("администратор") },
                "\(shell.frame)")
        shell.type("<F3>ivanova<tab>Иванова<tab>Ирина<tab>Ивановна<tab><tab><right>\r")
        let frame = shell.frame
        #expect(frame.contains { $0.contains("ivanova") && $0.contains("Иванова И. И.") && $0.contains("учитель, классный руководитель 7А") },
                "\(frame)")
        #expect(try journal.staffMember(login: "ivanova")?.roles == [.teacher, .classTeacher("7А")])
        #expect(try journal.staffMember(login: "olga")?.roles == [.admin])
    }

    /// A first member who is not the acting person would lock him out: refused, the list stays empty.
    @Test func aFirstMemberWhoLocksTheActingPersonOutIsRefused() throws {
        let journal = try Journal(path: scratch.path("journal.sqlite"), user: "olga")
        let session = try JournalSession(journal: journal, today: StaffSchool.today)
        var shell = AppShell(root: try PickerScreen(session: session), size: Size(width: 100, height: 30),
                             context: DrawContext(language: .ru))
        shell.type("<F9><F3><F3><C-u>ivanova<tab>Иванова<tab>Ирина\r")
        #expect(shell.frame.contains { $0.contains("olga остался бы без права менять список сотрудников") }, "\(shell.frame)")
        #expect(try journal.staff().isEmpty)
    }

    @Test func theAdministratorEditsAndRetiresAMember() throws {
        let school = try StaffSchool(scratch)
        var (journal, shell) = try school.open(as: "admin")
        shell.type("<F9><F3>")
        let list = shell.frame
        #expect(list.contains { $0.contains("zavuch") && $0.contains("Зайцева З. И.") && $0.contains("завуч") }, "\(list)")
        let rows = list.filter { $0.contains("·") || $0.contains("учитель") || $0.contains("администратор") || $0.contains("завуч") }
        #expect(rows.map { String($0.dropFirst(1).prefix(8)) } == ["zavuch  ", "ivanova ", "admin   ", "petrov  "], "\(rows)")
        // ivanova (second): becomes 7А's class teacher too.
        shell.type("<down>\r")
        #expect(shell.frame.contains { $0.contains("Сотрудник ivanova") })
        shell.type("<tab><tab><tab><tab>7\r")
        #expect(shell.frame.contains { $0.contains("Иванова И. И.") && $0.contains("учитель, классный руководитель 7А") },
                "\(shell.frame)")
        #expect(try journal.staffMember(login: "ivanova")?.roles == [.teacher, .classTeacher("7А")])
        // Retired: no access, the name stays on the list.
        shell.type("<F8>")
        #expect(shell.frame.contains { $0.contains("Иванова И. И. больше не работает? (y/д") }, "\(shell.frame)")
        shell.type("y")
        #expect(shell.frame.contains { $0.contains("Иванова И. И.: не работает, доступа больше нет") })
        #expect(shell.frame.contains { $0.contains("ivanova") && $0.contains("· не работает") })
        #expect(try journal.staffMember(login: "ivanova")?.retired == true)
        #expect(try !Journal(path: school.path, user: "ivanova").staffAccess().isKnown)
        #expect(try journal.staffName(login: "ivanova") == "Иванова И. И.")
        // Back to work through the form's status field.
        shell.type("\r<btab><right>\r")
        #expect(try journal.staffMember(login: "ivanova")?.retired == false)
        #expect(try Journal(path: school.path, user: "ivanova").staffAccess().isKnown)
    }

    /// The administrator may not take his own role away: one line, nothing changed.
    @Test func theAdministratorCannotLockHimselfOut() throws {
        let school = try StaffSchool(scratch)
        var (journal, shell) = try school.open(as: "admin")
        let before = try journal.staff()
        shell.type("<F9><F3><down><down>\r")
        #expect(shell.frame.contains { $0.contains("Сотрудник admin") }, "\(shell.frame)")
        shell.type("<btab><btab><right>\r")
        #expect(shell.frame.contains { $0.contains("admin остался бы без права менять список сотрудников") }, "\(shell.frame)")
        #expect(try journal.staff() == before)
        shell.type("<esc><F8>y")
        #expect(shell.frame.contains { $0.contains("admin остался бы без права") }, "\(shell.frame)")
        #expect(try journal.staff() == before)
    }

    /// A завуч and a teacher see the list but may not change it: the refusal names the right.
    @Test func onlyTheAdministratorChangesTheList() throws {
        let school = try StaffSchool(scratch)
        for user in ["zavuch", "ivanova"] {
            var (journal, shell) = try school.open(as: user)
            let before = try journal.staff()
            shell.type("<F9><F3><F3>sidorova<tab>Сидорова<tab>Анна\r")
            #expect(shell.frame.contains { $0.contains("Нет права менять список сотрудников (администратор): ничего не изменено") },
                    "\(user): \(shell.frame)")
            shell.type("<esc><F8>y")
            #expect(shell.frame.contains { $0.contains("Нет права менять список сотрудников") }, "\(user): \(shell.frame)")
            #expect(try journal.staff() == before)
        }
    }

    @Test func aTakenLoginOrAMissingNameIsRefused() throws {
        let school = try StaffSchool(scratch)
        var (journal, shell) = try school.open(as: "admin")
        let before = try journal.staff()
        shell.type("<F9><F3><F3>petrov<tab>Петрова<tab>Анна\r")
        #expect(shell.frame.contains { $0.contains("Логин petrov уже есть в списке: ничего не изменено") }, "\(shell.frame)")
        shell.type("<btab><btab><C-u>new login\r")
        #expect(shell.frame.contains { $0.contains("Нужен логин без пробелов") }, "\(shell.frame)")
        shell.type("<C-u>smirnov<tab><C-u>\r")
        #expect(shell.frame.contains { $0.contains("Нужны фамилия и имя") }, "\(shell.frame)")
        #expect(try journal.staff() == before)
    }

    /// A member who leads two classes (from `import staff`) keeps both when the form saves him.
    @Test func severalClassesLedSurviveAnEdit() throws {
        let school = try StaffSchool(scratch)
        let admin = try Journal(path: school.path, user: "admin")
        try admin.setStaffMember(StaffMember(login: "petrov", lastName: "Петров", firstName: "Пётр",
                                             roles: [.teacher, .classTeacher("7А"), .classTeacher("8Б")]))
        var (journal, shell) = try school.open(as: "admin")
        shell.type("<F9><F3><down><down><down>\r")
        #expect(shell.frame.contains { $0.contains("Классный руководитель класса") && $0.contains("◂ 7А, 8Б ▸  2/3") },
                "\(shell.frame)")
        shell.type("<tab><tab>Ильич\r")
        let petrov = try journal.staffMember(login: "petrov")
        #expect(petrov?.middleName == "Ильич")
        #expect(petrov?.roles == [.teacher, .classTeacher("7А"), .classTeacher("8Б")])
    }

    /// The settings' key bar and help name both screens.
    @Test func theSettingsKeysLeadToBothScreens() throws {
        let school = try StaffSchool(scratch)
        var (_, shell) = try school.open(as: "admin")
        shell.type("<F9>")
        #expect(shell.frame.last?.contains("F3Сотруд") == true && shell.frame.last?.contains("F9Нагруз") == true,
                "\(shell.frame.last ?? "")")
        shell.type("<F1>")
        #expect(shell.frame.contains { $0.contains("F3") && $0.contains("Сотрудники: логин, ФИО, роли") }, "\(shell.frame)")
        #expect(shell.frame.contains { $0.contains("F9") && $0.contains("Учебная нагрузка: кто ведёт") })
    }

    @Test func englishRoleNames() throws {
        let school = try StaffSchool(scratch)
        var (_, shell) = try school.open(as: "admin", language: .en)
        shell.type("<F9><F3>")
        #expect(shell.frame.contains { $0.contains("zavuch") && $0.contains("deputy head") }, "\(shell.frame)")
        #expect(shell.frame.contains { $0.contains("admin") && $0.contains("administrator") })
    }
}

/// Учебная нагрузка on screen (settings → F9): each pair's teacher chosen among the staff who
/// teach, saved by a завуч or администратор; a teacher's attempt is refused and changes nothing.
@Suite struct AssignmentsScreenTests {
    let scratch = ScratchFolder()

    @Test func theDeputyHeadReassignsAPair() throws {
        let school = try StaffSchool(scratch)
        var (journal, shell) = try school.open(as: "zavuch")
        shell.type("<F9><F9>")
        let frame = shell.frame
        #expect(frame.contains { $0.contains("7А · Алгебра") && $0.contains("◂ Иванова И. И. (ivanova) ▸  2/3") }, "\(frame)")
        #expect(frame.contains { $0.contains("7А · Русский язык") && $0.contains("◂ Петров П. (petrov) ▸") })
        // The start of the name picks the teacher.
        shell.type("п")
        #expect(shell.frame.contains { $0.contains("7А · Алгебра") && $0.contains("◂ Петров П. (petrov) ▸") }, "\(shell.frame)")
        shell.type("<tab><left><left>")
        #expect(shell.frame.contains { $0.contains("7А · Русский язык") && $0.contains("◂ — не назначен ▸") }, "\(shell.frame)")
        shell.type("\r")
        #expect(shell.frame.contains { $0.contains("Нагрузка сохранена: изменено пар 2") }, "\(shell.frame)")
        let teachers = try journal.curriculum().map { "\($0.subject): \($0.teacher)" }
        #expect(teachers == ["Алгебра: petrov", "Русский язык: "])
        #expect(try journal.curriculum().first?.hours == Weight(parsing: "3"))
        // petrov now keeps the algebra journal; ivanova no longer does.
        #expect(try Journal(path: school.path, user: "petrov").staffAccess().allows(.journal(classID: 1, subjectID: 1)))
        #expect(try !Journal(path: school.path, user: "ivanova").staffAccess().allows(.journal(classID: 1, subjectID: 1)))
    }

    @Test func aTeacherIsRefusedAndNothingChanges() throws {
        let school = try StaffSchool(scratch)
        var (journal, shell) = try school.open(as: "ivanova")
        let before = try journal.curriculum()
        shell.type("<F9><F9><right><tab><right>\r")
        #expect(shell.frame.contains { $0.contains("Нет права менять настройки школы, учебный план, календарь и расписание") },
                "\(shell.frame)")
        #expect(try journal.curriculum() == before)
    }

    /// Only working teachers are offered; a retired one the curriculum still names stays shown.
    @Test func retiredTeachersAreNotOffered() throws {
        let school = try StaffSchool(scratch)
        let admin = try Journal(path: school.path, user: "admin")
        var ivanova = try #require(try admin.staffMember(login: "ivanova"))
        ivanova.retired = true
        try admin.setStaffMember(ivanova)
        var (_, shell) = try school.open(as: "admin")
        shell.type("<F9><F9>")
        #expect(shell.frame.contains { $0.contains("7А · Алгебра") && $0.contains("◂ Иванова И. И. (ivanova) ▸  3/3") },
                "\(shell.frame)")
        shell.type("<right>")
        #expect(shell.frame.contains { $0.contains("7А · Алгебра") && $0.contains("◂ — не назначен ▸  1/3") }, "\(shell.frame)")
    }

    @Test func anEmptyCurriculumSaysWhereToAddPairs() throws {
        let journal = try Journal(path: scratch.path("journal.sqlite"))
        let session = try JournalSession(journal: journal, today: StaffSchool.today)
        var shell = AppShell(root: SettingsScreen(session: session), size: Size(width: 100, height: 30),
                             context: DrawContext(language: .ru))
        shell.type("<F9><tab><right>x")
        #expect(shell.frame.contains { $0.contains("В учебном плане нет пар класс–предмет") }, "\(shell.frame)")
        shell.type("\r")
        #expect(shell.frame.contains { $0.contains("изменено пар 0") })
    }

    /// More pairs than fit scroll so the focused one stays in view.
    @Test func manyPairsScroll() throws {
        let journal = try Journal(path: scratch.path("journal.sqlite"))
        for grade in 5...9 {
            let schoolClass = try journal.createClass(named: "\(grade)А")
            for subject in ["Алгебра", "Биология", "География", "История", "Физика"] {
                try journal.setCurriculum(classID: schoolClass.id, subjectID: try journal.findOrCreateSubject(named: subject).id)
            }
        }
        let session = try JournalSession(journal: journal, today: StaffSchool.today)
        var shell = AppShell(root: SettingsScreen(session: session), size: Size(width: 100, height: 24),
                             context: DrawContext(language: .ru))
        shell.type("<F9>")
        #expect(shell.frame.contains { $0.contains("5А · Алгебра") })
        #expect(!shell.frame.contains { $0.contains("9А · Физика") })
        shell.type("<btab>")
        #expect(shell.frame.contains { $0.contains("9А · Физика") }, "\(shell.frame)")
        #expect(!shell.frame.contains { $0.contains("5А · Алгебра") })
        #expect(shell.frame.contains { $0.contains("Учитель пары: ← →") })
    }
}
