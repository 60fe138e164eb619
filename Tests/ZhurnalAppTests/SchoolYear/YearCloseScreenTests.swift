import Foundation
import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The year's end on the calendar screen (F9, F4, then F3): a repeater marked with Space, F2 asks,
/// y closes; only завуч and администратор are offered it; a year still running is refused with
/// nothing changed.
@Suite struct YearCloseScreenTests {
    let scratch = ScratchFolder()
    /// After the default 2026/27 quarters end (31.05.2027).
    static let summer = LocalDate(year: 2027, month: 6, day: 15)!

    /// 7А: Иванов, Смирнова; 9А: Волков, Зайцев; no staff list (the owner may do everything).
    private func school(today: LocalDate = Self.summer) throws -> (Journal, AppShell) {
        let journal = try Journal(path: scratch.path("journal.sqlite"), today: today)
        for (name, pupils) in [("7А", ["Иванов", "Смирнова"]), ("9А", ["Волков", "Зайцев"])] {
            let schoolClass = try journal.findOrCreateClass(named: name)
            for pupil in pupils { try journal.addStudent(classID: schoolClass.id, lastName: pupil, firstName: "Иван") }
        }
        let session = try JournalSession(journal: journal, today: today)
        var shell = AppShell(root: try PickerScreen(session: session), size: Size(width: 110, height: 30),
                             context: DrawContext(language: .ru))
        shell.handle(.function(9))
        shell.handle(.function(4))
        shell.handle(.function(3))
        return (journal, shell)
    }

    @Test func aRepeaterMarkedThenTheYearClosed() throws {
        var (journal, shell) = try school()
        #expect(shell.frame.contains { $0.contains("Конец учебного года 2026/27") }, "\(shell.frame)")
        shell.handle(.down)
        shell.handle(.down)
        shell.handle(.char(" "))
        #expect(shell.frame.contains { $0.contains("9А    Волков Иван") && $0.contains("на второй год") }, "\(shell.frame)")
        shell.handle(.function(2))
        #expect(shell.frame.contains { $0.contains("Закрыть учебный год 2026/27? Отменить нельзя") }, "\(shell.frame)")
        shell.handle(.char("y"))
        #expect(shell.frame.contains { $0.contains("Учебный год 2026/27 закрыт: классов переведено 1, выпускников 1") },
                "\(shell.frame)")
        #expect(try journal.classes().map(\.name) == ["8А", "9А"])
        #expect(try journal.students(classID: journal.schoolClass(named: "9А")!.id).map(\.lastName) == ["Волков"])
        #expect(FileManager.default.fileExists(atPath: scratch.path("journal-2026-27.sqlite")))
        // Back on the calendar form, which shows the next year's terms, so saving it keeps them.
        #expect(shell.top is CalendarScreen)
        #expect(shell.frame.contains { $0.contains("31.12.2027") }, "\(shell.frame.joined(separator: "\n"))")
        shell.handle(.escape)
        #expect(shell.frame.contains { $0.contains("четверти 2027") }, "\(shell.frame)")
    }

    @Test func undoInTheNextYearsJournalSaysTheClosingStays() throws {
        var (journal, shell) = try school()
        try journal.setCurriculum(classID: journal.schoolClass(named: "7А")!.id,
                                  subjectID: journal.findOrCreateSubject(named: "Алгебра").id)
        shell.handle(.function(2))
        shell.handle(.char("y"))
        shell.handle(.escape)
        shell.handle(.escape)
        shell.handle(.enter)
        #expect(shell.frame.contains { $0.contains("8А · Алгебра") }, "\(shell.frame)")
        shell.handle(.char("u"))
        #expect(shell.frame.contains {
            $0.contains("Перевод на следующий учебный год не отменяется; закрытый год сохранён в файле journal-2026-27.sqlite")
        }, "\(shell.frame)")
        #expect(try journal.classes().map(\.name) == ["8А"])
    }

    @Test func anotherKeyAnswersNoAndNothingChanges() throws {
        var (journal, shell) = try school()
        shell.handle(.function(2))
        shell.handle(.char("n"))
        #expect(try journal.classes().map(\.name) == ["7А", "9А"])
        #expect(!FileManager.default.fileExists(atPath: scratch.path("journal-2026-27.sqlite")))
    }

    @Test func aYearStillRunningIsRefusedOnScreen() throws {
        var (journal, shell) = try school(today: LocalDate(year: 2027, month: 5, day: 20)!)
        shell.handle(.function(2))
        shell.handle(.char("y"))
        #expect(shell.frame.contains { $0.contains("Учебный год идёт до 31.05.2027") }, "\(shell.frame)")
        #expect(try journal.classes().map(\.name) == ["7А", "9А"])
        #expect(!FileManager.default.fileExists(atPath: scratch.path("journal-2026-27.sqlite")))
    }

    @Test func onlyTheDeputyHeadAndAdministratorAreOfferedIt() throws {
        let path = scratch.path("journal.sqlite")
        let admin = try Journal(path: path, today: Self.summer, user: "admin")
        try admin.setStaffMember(StaffMember(login: "admin", lastName: "Админова", firstName: "Анна", roles: [.admin]))
        try admin.setStaffMember(StaffMember(login: "zavuch", lastName: "Завучева", firstName: "Ольга", roles: [.deputy]))
        try admin.setStaffMember(StaffMember(login: "teacher", lastName: "Учителева", firstName: "Нина", roles: [.teacher]))
        for (login, offered) in [("admin", true), ("zavuch", true), ("teacher", false)] {
            let session = try JournalSession(journal: try Journal(path: path, today: Self.summer, user: login), today: Self.summer)
            #expect(try CalendarScreen(session: session).binds(.function(3)) == offered, "\(login)")
        }
    }
}
