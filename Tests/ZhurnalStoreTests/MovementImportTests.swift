import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// `importMovements`: a movements file in file order, all or nothing in one write with history;
/// every bad row listed by its line, whether the file or the journal refuses it.
@Suite struct MovementImportTests {
    let scratch = Scratch()

    /// Russian headers, `;`, Windows-1251 as Russian Excel saves it: an arrival of a new student
    /// adds him, a later row finds him, a transfer and a departure of students on the list.
    @Test func russianExcelFileRecordsEveryRowInOrder() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        let other = try j.findOrCreateClass(named: "7Б")
        let file = SchoolYearFiles.windows1251("""
            Класс;Ученик;Событие;Дата;В класс;Причина;Приказ\r
            7А;Новиков Олег Игоревич;прибыл;05.09.2026;;;12-у\r
            7а;Новиков Олег;перевод;2026-10-01;7 Б;;20\r
            7А;Иванов Пётр;Выбыл;10.10.2026;;переезд;21-в\r
            7А;Петрова Анна Ивановна;transfer;12.10.2026;7Б;;22\r

            """)
        #expect(try j.importMovements(file) == 4)
        let newcomer = try #require(try j.students(classID: other.id).first { $0.lastName == "Новиков" })
        #expect(newcomer.middleName == "Игоревич")
        #expect(try j.movements(studentID: newcomer.id).map(\.kind) == [.arrive, .transfer])
        #expect(try j.movements(studentID: newcomer.id)[0].order == "12-у")
        let leaver = try j.movements(studentID: f.students[0].id)
        #expect(leaver.map(\.kind) == [.leave] && leaver[0].reason == "переезд" && leaver[0].order == "21-в")
        #expect(try j.student(id: f.students[2].id)?.classID == other.id)
        #expect(try j.movements().count == 4)
        #expect(try j.recentHistory(limit: 50).filter { $0.kind == .movement }.count == 4)
    }

    /// Rows the file gets wrong are all listed before anything is written.
    @Test func badRowsAreListedByLineAndNothingIsWritten() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        let before = try j.recentHistory(limit: 100)
        let file = Array("""
            class,student,event,date,to_class,reason,order
            7А,Новиков Олег,прибыл,2026-09-05,,,
            7А,Иванов Пётр,убежал,2026-09-05,,,
            7А,Иванов Пётр,выбыл,31.02.2026,,,
            7А,Иванов Пётр,перевод,2026-09-05,,,
            7А,,выбыл,2026-09-05,,,

            """.utf8)
        #expect(throws: ImportFailure.badRows([
            ImportRowError(line: 3, problem: .badEvent("убежал")),
            ImportRowError(line: 4, problem: .badDate("31.02.2026")),
            ImportRowError(line: 5, problem: .missingValue(column: "to_class")),
            ImportRowError(line: 6, problem: .missingValue(column: "student")),
        ])) { try j.importMovements(file) }
        #expect(try j.movements().isEmpty)
        #expect(try j.students(classID: f.schoolClass.id).count == 3)
        #expect(try j.recentHistory(limit: 100) == before)
    }

    /// Rows the journal refuses (no such class or student, an ambiguous name, marks after a
    /// departure, a movement before a later one) are listed by line; the good rows before and
    /// after them are taken back too.
    @Test func rowsTheJournalRefusesAreListedAndEverythingIsTakenBack() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        try j.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(5))
        let before = try j.recentHistory(limit: 100)
        let file = Array("""
            class,student,event,date,to_class,reason,order
            7А,Новиков Олег,прибыл,2026-09-05,,,
            9Я,Новиков Олег,выбыл,2026-09-05,,,
            7А,Нетакой Ученик,выбыл,2026-09-05,,,
            7А,Петрова Анна,выбыл,2026-09-05,,,
            7А,Иванов Пётр,выбыл,2026-09-01,,,
            7А,Новиков Олег,выбыл,2026-09-04,,,
            7А,Петрова Анна Сергеевна,перевод,2026-09-05,8В,,

            """.utf8)
        let expected = ImportFailure.badRows([
            ImportRowError(line: 3, problem: .unknownClass("9Я")),
            ImportRowError(line: 4, problem: .unknownStudent(name: "Нетакой Ученик", className: "7А")),
            ImportRowError(line: 5, problem: .ambiguousStudent(name: "Петрова Анна", className: "7А")),
            ImportRowError(line: 6, problem: .movementRefused(.entriesAfterMovement(studentID: f.students[0].id, date: d("2026-09-01")))),
            ImportRowError(line: 7, problem: .movementRefused(.movementBefore(studentID: f.students[2].id + 1, latest: d("2026-09-05")))),
            ImportRowError(line: 8, problem: .unknownClass("8В")),
        ])
        #expect(throws: expected) { try j.importMovements(file) }
        #expect(try j.movements().isEmpty)
        #expect(try j.students(classID: f.schoolClass.id).map(\.lastName) == ["Иванов", "Петрова", "Петрова"])
        #expect(try j.recentHistory(limit: 100) == before)
    }

    /// An arrival of a student already on the list records his first day; one with marks before
    /// that day, or who is already in a class on it, is refused.
    @Test func anArrivalOfAStudentOnTheList() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        try j.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(4))
        #expect(throws: StoreError.entriesBeforeArrival(studentID: f.students[0].id, date: d("2026-09-03"))) {
            try j.arrive(studentID: f.students[0].id, date: d("2026-09-03"))
        }
        try j.arrive(studentID: f.students[1].id, date: d("2026-09-03"), order: "7")
        #expect(try j.students(classID: f.schoolClass.id).count == 3)
        #expect(!(try j.enrollment(of: f.students[1]).isEnrolled(in: f.schoolClass.id, on: d("2026-09-02"))))
        #expect(throws: StoreError.alreadyEnrolled(studentID: f.students[1].id, date: d("2026-09-10"))) {
            try j.arrive(studentID: f.students[1].id, date: d("2026-09-10"))
        }
        #expect(try j.movements().count == 1)
    }

    /// The import is one operation in the history: one undo takes every movement back, the
    /// student an arrival added too.
    @Test func oneUndoTakesTheWholeImportBack() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        _ = try j.findOrCreateClass(named: "7Б")
        let file = Array("""
            class,student,event,date,to_class,reason,order
            7А,Новиков Олег,arrive,2026-09-05,,,
            7А,Новиков Олег,transfer,2026-09-10,7Б,,
            7А,Иванов Пётр,leave,2026-09-20,,переезд,

            """.utf8)
        #expect(try j.importMovements(file) == 3)
        _ = try j.undo()
        #expect(try j.movements().isEmpty)
        #expect(try j.classes().flatMap { try j.students(classID: $0.id) }.map(\.lastName).sorted() == ["Иванов", "Петрова", "Петрова"])
    }
}
