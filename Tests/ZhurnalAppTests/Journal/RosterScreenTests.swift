import Foundation
import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The class teacher's list (F4 on the first screen): the class's students with their movements,
/// and an arrival, a departure, a transfer and a rename each through its form; a refusal is one
/// line and nothing is written (the fixture: 7А Алгебра, marks on 07.09 and 14.09, today 20.09).
@Suite struct RosterScreenTests {
    let scratch = ScratchFolder()

    /// The first screen at 80×24 with 7А's list open.
    private func roster(_ fixture: GridFixture, language: Language = .ru) throws -> AppShell {
        var shell = AppShell(root: try PickerScreen(session: fixture.session), size: Size(width: 80, height: 24),
                             context: DrawContext(language: language))
        shell.handle(.function(4))
        return shell
    }

    private func line(_ shell: AppShell, _ name: String) throws -> String {
        let found = try #require(shell.frame.first { $0.contains(name) }, "\(name) in \(shell.frame)")
        return String(found.reversed().drop { $0 == " " }.reversed())
    }

    @Test func f4OpensTheClassListWithItsMovements() throws {
        let fixture = try GridFixture(scratch)
        try fixture.journal.leave(studentID: fixture.students[3].id, date: LocalDate(year: 2026, month: 9, day: 14)!,
                                  reason: "переезд", order: "15-в")
        var shell = AppShell(root: try PickerScreen(session: fixture.session), size: Size(width: 80, height: 24),
                             context: DrawContext(language: .ru))
        #expect(shell.frame.last?.contains("4Список") == true, "\(shell.frame.last ?? "")")
        shell.handle(.function(4))
        let screen = try #require(shell.top as? RosterScreen)
        #expect(screen.lines.map(\.student.lastName) == ["Андреев", GridFixture.longName.0, "Петров", "Сидорова"])
        #expect(shell.frame.contains { $0.contains("Список класса 7А и движение учащихся") })
        #expect(try line(shell, "Сидорова Мария").hasSuffix("выбытие 14.09.2026 (переезд), приказ № 15-в"))
        #expect(shell.frame.last?.contains("3Прибыл") == true && shell.frame.last?.contains("8Выбыл") == true)
        shell.handle(.escape)
        #expect(shell.top is PickerScreen)
    }

    @Test func anArrivalAddsTheStudentFromHisDay() throws {
        let fixture = try GridFixture(scratch)
        var shell = try roster(fixture)
        shell.handle(.function(3))
        #expect(shell.frame.contains { $0.contains("7А — прибытие нового ученика") })
        shell.type("Новиков<tab>Олег<tab>Петрович<tab>10.09<tab>12-у\r")
        #expect(shell.top is RosterScreen)
        #expect(shell.frame.contains { $0.contains("Новиков Олег Петрович: прибытие записано") }, "\(shell.frame)")
        #expect(try line(shell, "Новиков Олег Петрович").hasSuffix("прибытие 10.09.2026, приказ № 12-у"))
        let pupil = try #require(try fixture.journal.students(classID: fixture.students[0].classID).first { $0.lastName == "Новиков" })
        #expect(try fixture.journal.movements(studentID: pupil.id).map(\.kind) == [.arrive])
        #expect(!(try fixture.journal.enrollment(of: pupil)).isEnrolled(in: pupil.classID, on: LocalDate(year: 2026, month: 9, day: 7)!))
        // `u` in the journal takes the arrival back, student and all.
        var grid = try fixture.shell()
        #expect(grid.grid?.data.students.count == 5)
        grid.type("u")
        #expect(try fixture.journal.student(id: pupil.id) == nil)
        #expect(grid.grid?.data.students.count == 4)
    }

    @Test func aDepartureShadesTheGridAfterHisLastDay() throws {
        let fixture = try GridFixture(scratch)
        var shell = try roster(fixture)
        shell.type("jjj<F8>")
        #expect(shell.frame.contains { $0.contains("Сидорова Мария — выбытие") })
        shell.type("14.09<tab>переезд<tab>15-в\r")
        #expect(shell.frame.contains { $0.contains("Сидорова Мария: выбытие записано") })
        let moves = try fixture.journal.movements(studentID: fixture.students[3].id)
        #expect(moves.map(\.kind) == [.leave] && moves[0].reason == "переезд" && moves[0].order == "15-в")
        let grid = try JournalGridScreen(session: fixture.session, pair: fixture.pair)
        #expect(!grid.data.isEnrolled(fixture.students[3].id, on: fixture.columns[2].date))
    }

    /// Петров has marks on 14.09: leaving on 10.09 is refused with one line, the form stays open
    /// and the file keeps no movement and no history row.
    @Test func aRefusedDepartureWritesNothing() throws {
        let fixture = try GridFixture(scratch)
        var shell = try roster(fixture)
        let history = try fixture.journal.recentHistory(limit: 100)
        shell.type("jj<F8>10.09\r")
        #expect(shell.top is MovementFormScreen)
        #expect(shell.status?.kind == .error)
        #expect(shell.frame.contains { $0.contains("У ученика есть отметки в классе после 10.09.2026") }, "\(shell.frame)")
        #expect(try fixture.journal.movements().isEmpty)
        #expect(try fixture.journal.recentHistory(limit: 100) == history)
        // A date that is no date, and an arrival without a name, are refused before the journal.
        shell.type("<esc><F8>32.13\r")
        #expect(shell.frame.contains { $0.contains("Дата не распознана") })
        shell.type("<esc><F3><tab>Олег\r")
        #expect(shell.frame.contains { $0.contains("Нужны фамилия и имя; ничего не изменено") })
        #expect(try fixture.journal.movements().isEmpty)
        #expect(try fixture.journal.students(classID: fixture.students[0].classID).count == 4)
        #expect(try fixture.journal.recentHistory(limit: 100) == history)
    }

    @Test func aTransferMovesHimAndHisLineSaysWhere() throws {
        let fixture = try GridFixture(scratch)
        let other = try fixture.journal.findOrCreateClass(named: "7Б")
        var shell = try roster(fixture)
        shell.handle(.function(5))
        #expect(shell.frame.contains { $0.contains("Андреев Борис — перевод в другой класс") })
        shell.type("<tab>15.09<tab>31-у\r")
        #expect(shell.frame.contains { $0.contains("Андреев Борис: перевод в 7Б записан") }, "\(shell.frame)")
        #expect(try fixture.journal.student(id: fixture.students[0].id)?.classID == other.id)
        #expect(try line(shell, "Андреев Борис").hasSuffix("перевод в 7Б с 15.09.2026, приказ № 31-у"))
        // He is on 7А's list still, dimmed; his next movement belongs to 7Б's list.
        shell.type("j")
        var buffer = CellBuffer(size: Size(width: 80, height: 20))
        (shell.top as? RosterScreen)?.draw(into: &buffer, context: DrawContext(language: .ru))
        #expect(buffer[4, 1].style.role == .muted)
        shell.type("k<F8>")
        #expect(shell.top is RosterScreen)
        #expect(shell.frame.contains { $0.contains("Андреев Борис теперь в 7Б: движение записывается в списке того класса") })
    }

    @Test func aRenameKeepsTheOldNameOnTheList() throws {
        let fixture = try GridFixture(scratch)
        var shell = try roster(fixture)
        shell.type("jjj<F2>")
        #expect(shell.frame.contains { $0.contains("Сидорова Мария — смена ФИО") })
        // The surname field holds the old one: Backspace it away and type the new.
        shell.type(String(repeating: "<bs>", count: 8) + "Кузнецова<tab><tab><tab>20.09\r")
        #expect(shell.frame.contains { $0.contains("Кузнецова Мария: новое ФИО записано") }, "\(shell.frame)")
        #expect(try fixture.journal.student(id: fixture.students[3].id)?.lastName == "Кузнецова")
        #expect(try line(shell, "Кузнецова Мария").hasSuffix("смена ФИО 20.09.2026 (было: Сидорова Мария)"))
    }

    /// A subject teacher may read the class but not keep its list: the arrival is refused with
    /// the right it needs, and no student is added.
    @Test func anArrivalWithoutTheRightToTheListIsRefused() throws {
        let fixture = try GridFixture(scratch)
        _ = try fixture.journal.importStaff(Array("login,last_name,first_name,roles\nteacher,Орлова,Ольга,администратор\nivanova,Иванова,Ирина,учитель\n".utf8))
        let journal = try Journal(path: fixture.path, user: "ivanova")
        let session = try JournalSession(journal: journal, today: GridFixture.today)
        let history = try fixture.journal.recentHistory(limit: 100)
        var shell = AppShell(root: try RosterScreen(session: session, schoolClass: try #require(try journal.classes().first)),
                             size: Size(width: 80, height: 24), context: DrawContext(language: .ru))
        shell.type("<F3>Новиков<tab>Олег<tab><tab>10.09\r")
        #expect(shell.top is MovementFormScreen)
        #expect(shell.status?.text == .journal(.failed(StoreError.notAllowed(.roster(classID: fixture.students[0].classID)))))
        #expect(shell.frame.contains { $0.contains("Нет права вести список класса (классный руководитель, завуч)") },
                "\(shell.frame)")
        #expect(try fixture.journal.students(classID: fixture.students[0].classID).count == 4)
        #expect(try fixture.journal.recentHistory(limit: 100) == history)
    }

    @Test func aReadOnlyJournalShowsTheListWithoutItsActions() throws {
        let fixture = try GridFixture(scratch)
        let journal = try Journal(path: fixture.path, readOnly: true)
        let session = try JournalSession(journal: journal, today: GridFixture.today)
        let schoolClass = try #require(try journal.classes().first)
        let screen = try RosterScreen(session: session, schoolClass: schoolClass)
        #expect(screen.lines.count == 4)
        #expect(!screen.binds(.function(3)) && !screen.binds(.function(8)) && !screen.binds(.function(5)) && !screen.binds(.function(2)))
    }

    @Test func theListSpeaksEnglish() throws {
        let fixture = try GridFixture(scratch)
        try fixture.journal.leave(studentID: fixture.students[3].id, date: LocalDate(year: 2026, month: 9, day: 14)!)
        let shell = try roster(fixture, language: .en)
        #expect(shell.frame.contains { $0.contains("Class 7А: students and movements") })
        #expect(try line(shell, "Сидорова Мария").hasSuffix("left 14.09.2026"))
    }
}
