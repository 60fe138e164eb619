import Foundation
import HostileSupport
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// Classes, their subjects and their weekly timetable made on screen (settings → F7), without any
/// file: the pair then opens from the first screen with no marks.
@Suite struct ClassesScreenTests {
    let scratch = ScratchFolder()
    static let today = LocalDate(year: 2026, month: 9, day: 20)!

    private func shell(_ journal: Journal) throws -> (AppShell, JournalSession) {
        let session = try JournalSession(journal: journal, today: Self.today)
        let shell = AppShell(root: try PickerScreen(session: session), size: Size(width: 100, height: 30),
                             context: DrawContext(language: .ru))
        return (shell, session)
    }

    @Test func aClassWithSubjectsAndATimetableMadeOnScreen() throws {
        let journal = try Journal(path: scratch.path("journal.sqlite"))
        var (shell, _) = try shell(journal)
        shell.handle(.function(9))
        shell.handle(.function(7))
        #expect(shell.frame.contains { $0.contains("Классов ещё нет") })
        shell.handle(.function(3))
        shell.type("7А")
        shell.handle(.tab)
        shell.type("Алгебра, Русский язык")
        shell.handle(.enter)
        #expect(shell.frame.contains { $0.contains("7А    учеников: 0 · Алгебра, Русский язык") }, "\(shell.frame)")
        // The class's timetable: Monday lesson 1 algebra, lesson 2 Russian (a beginning will do).
        shell.handle(.enter)
        shell.handle(.function(5))
        #expect(shell.frame.contains { $0.contains("Расписание 7А") })
        shell.type("алг")
        shell.handle(.enter)
        shell.type("р")
        shell.handle(.enter)
        let frame = shell.frame
        #expect(frame.contains { $0.hasPrefix("   1  Алгебра") }, "\(frame)")
        #expect(frame.contains { $0.hasPrefix("   2  Русский язык") }, "\(frame)")
        let seventh = try #require(try journal.schoolClass(named: "7А"))
        #expect(try journal.timetable(classID: seventh.id).lessons.count == 2)
        for _ in 0..<4 { shell.handle(.escape) }
        // Back on the first screen, which read the list again: both pairs, no lessons needed.
        #expect(shell.frame.contains { $0.contains("7А    Алгебра") }, "\(shell.frame)")
        #expect(shell.frame.contains { $0.contains("7А    Русский язык") })
    }

    @Test func aClassWithStudentsIsNotDeleted() throws {
        let journal = try Journal(path: scratch.path("journal.sqlite"))
        let seventh = try journal.createClass(named: "7А")
        try journal.addStudent(classID: seventh.id, lastName: "Иванов", firstName: "Иван")
        var (shell, _) = try shell(journal)
        shell.handle(.function(9))
        shell.handle(.function(7))
        shell.handle(.function(8))
        shell.type("y")
        #expect(shell.frame.contains { $0.contains("класс 7А не удалён: в нём учеников 1, уроков 0") }, "\(shell.frame)")
        #expect(try journal.classes().count == 1)
    }

    @Test func aTakenNameIsRefused() throws {
        let journal = try Journal(path: scratch.path("journal.sqlite"))
        try journal.createClass(named: "7А")
        var (shell, _) = try shell(journal)
        shell.handle(.function(9))
        shell.handle(.function(7))
        shell.handle(.function(3))
        shell.type("7a")
        shell.handle(.enter)
        #expect(shell.frame.contains { $0.contains("«7А» уже есть") }, "\(shell.frame)")
        #expect(try journal.classes().count == 1)
    }
}

/// Subjects on screen (settings → F8): renamed; one with lessons is not deleted.
@Suite struct SubjectsScreenTests {
    let scratch = ScratchFolder()

    @Test func renameAndRefusedDeletion() throws {
        let journal = try Journal(path: scratch.path("journal.sqlite"))
        let seventh = try journal.createClass(named: "7А")
        let maths = try journal.createSubject(named: "Математика")
        try journal.setCurriculum(classID: seventh.id, subjectID: maths.id)
        _ = try journal.addColumn(classID: seventh.id, subjectID: maths.id, date: LocalDate(year: 2026, month: 9, day: 7)!,
                                  kindCode: "answer")
        let session = try JournalSession(journal: journal, today: ClassesScreenTests.today)
        var shell = AppShell(root: try PickerScreen(session: session), size: Size(width: 100, height: 30),
                             context: DrawContext(language: .ru))
        shell.handle(.function(9))
        shell.handle(.function(8))
        #expect(shell.frame.contains { $0.contains("Математика · 7А") })
        shell.handle(.enter)
        shell.handle(.ctrl("u"))
        shell.type("Алгебра")
        shell.handle(.enter)
        #expect(shell.frame.contains { $0.contains("Алгебра · 7А") }, "\(shell.frame)")
        shell.handle(.function(8))
        shell.type("д")
        #expect(shell.frame.contains { $0.contains("предмет «Алгебра» не удалён: уроков 1, итоговых отметок 0") }, "\(shell.frame)")
        #expect(try journal.subjects().map(\.name) == ["Алгебра"])
    }
}
