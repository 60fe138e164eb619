import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// Undo and redo read the history: every kind of change, per OS user, whole imports at once.
@Suite struct UndoTests {
    let scratch = Scratch()

    private func cell(_ f: Fixture, _ column: Int = 0, _ student: Int = 0) throws -> Entry? {
        try f.journal.entry(columnID: f.columns[column].id, studentID: f.students[student].id)
    }

    @Test func undoAndRedoOfEntries() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        try j.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(4))
        try j.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(5))
        let undone = try #require(try j.undo())
        #expect(undone == UndoResult(kind: .entry, classID: f.schoolClass.id, subjectID: f.subject.id,
                                     columnID: f.columns[0].id, studentID: f.students[0].id))
        #expect(try cell(f) == .mark(4))
        #expect(try j.undo() != nil)
        #expect(try cell(f) == nil)
        #expect(try j.redo()?.kind == .entry)
        #expect(try cell(f) == .mark(4))
        #expect(try j.redo() != nil)
        #expect(try cell(f) == .mark(5))
        #expect(try j.redo() == nil)
        // Undo and redo are in the history like any change.
        #expect(try j.history(columnID: f.columns[0].id, studentID: f.students[0].id).map(\.newValue)
            == ["5", "4", nil, "4", "5", "4"])
    }

    @Test func undoAndRedoOfAFinalMark() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        try j.setFinalMark(studentID: f.students[0].id, subjectID: f.subject.id, term: 1, to: "4")
        try j.setFinalMark(studentID: f.students[0].id, subjectID: f.subject.id, term: 1, to: "5", reason: "олимпиада")
        #expect(try j.undo()?.kind == .finalMark)
        #expect(try j.finalMarks(studentID: f.students[0].id).map(\.value) == ["4"])
        #expect(try j.redo()?.kind == .finalMark)
        let marks = try j.finalMarks(studentID: f.students[0].id)
        #expect(marks.map(\.value) == ["5"])
        #expect(marks.map(\.reason) == ["олимпиада"])
        _ = try j.undo()
        _ = try j.undo()
        #expect(try j.finalMarks(studentID: f.students[0].id).isEmpty)
    }

    @Test func undoOfAColumnDeletionBringsBackTheColumnAndItsEntries() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        let column = f.columns[1]
        try j.setEntry(columnID: column.id, studentID: f.students[0].id, to: .mark(5))
        try j.setEntry(columnID: column.id, studentID: f.students[2].id, to: .double(3, 4))
        try j.deleteColumn(id: column.id)
        #expect(try j.column(id: column.id) == nil)
        #expect(try j.undo()?.kind == .columnDelete)
        #expect(try j.column(id: column.id) == column)
        #expect(try cell(f, 1, 0) == .mark(5))
        #expect(try cell(f, 1, 2) == .double(3, 4))
        #expect(try j.redo()?.kind == .columnDelete)
        #expect(try j.column(id: column.id) == nil)
        #expect(try cell(f, 1, 0) == nil)
        #expect(try j.undo()?.kind == .columnDelete)
        #expect(try j.column(id: column.id) == column)
        #expect(try cell(f, 1, 2) == .double(3, 4))
        // Then the entries themselves, newest first.
        #expect(try j.undo()?.kind == .entry)
        #expect(try cell(f, 1, 2) == nil)
        #expect(try cell(f, 1, 0) == .mark(5))
    }

    @Test func undoAndRedoOfAColumnAdd() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        let added = try j.addColumn(classID: f.schoolClass.id, subjectID: f.subject.id,
                                    date: LocalDate(year: 2026, month: 9, day: 8)!, kindCode: "test", topic: "Дроби")
        #expect(try j.undo()?.kind == .columnAdd)
        #expect(try j.column(id: added.id) == nil)
        #expect(try j.redo()?.kind == .columnAdd)
        #expect(try j.column(id: added.id) == added)
        #expect(try j.columns(classID: f.schoolClass.id, subjectID: f.subject.id).count == 3)
    }

    @Test func undoAndRedoOfAColumnEdit() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        let original = f.columns[0]
        var edited = original
        edited.date = LocalDate(year: 2026, month: 9, day: 3)!
        edited.kindCode = "test"
        edited.weight = Weight(hundredths: 250)
        edited.topic = "Проценты"
        try j.updateColumn(edited)
        #expect(try j.undo()?.kind == .columnEdit)
        #expect(try j.column(id: original.id) == original)
        #expect(try j.redo()?.kind == .columnEdit)
        #expect(try j.column(id: original.id) == edited)
    }

    @Test func aNewChangeAfterUndoDropsRedo() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        try j.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(4))
        _ = try j.undo()
        try j.setEntry(columnID: f.columns[0].id, studentID: f.students[1].id, to: .mark(3))
        #expect(try j.redo() == nil)
        #expect(try cell(f) == nil)
        // The new change is undone first.
        _ = try j.undo()
        #expect(try cell(f, 0, 1) == nil)
        #expect(try cell(f) == nil)
    }

    @Test func undoOnlyTakesTheCurrentUsersChanges() throws {
        let f = try Fixture(try Journal(path: scratch.path("shared.sqlite"), user: "anna"))
        let anna = f.journal
        let boris = try Journal(path: scratch.path("shared.sqlite"), user: "boris")
        try anna.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(4))
        try boris.setEntry(columnID: f.columns[0].id, studentID: f.students[1].id, to: .mark(3))
        #expect(try anna.undo()?.studentID == f.students[0].id)
        #expect(try cell(f, 0, 0) == nil)
        #expect(try cell(f, 0, 1) == .mark(3))
        // Boris cannot redo what Anna undid; his own undo takes his change.
        #expect(try boris.redo() == nil)
        #expect(try cell(f, 0, 0) == nil)
        #expect(try boris.undo()?.studentID == f.students[1].id)
        #expect(try cell(f, 0, 1) == nil)
        #expect(try boris.undo() == nil)
        #expect(try anna.redo()?.studentID == f.students[0].id)
        #expect(try cell(f, 0, 0) == .mark(4))
    }

    @Test func undoOfAnImportUndoesAllOfIt() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        let control = try j.addColumn(classID: f.schoolClass.id, subjectID: f.subject.id,
                                      date: LocalDate(year: 2026, month: 9, day: 2)!, kindCode: "control")
        let cell = { (student: Int) in try j.entry(columnID: control.id, studentID: f.students[student].id) }
        try j.setEntry(columnID: control.id, studentID: f.students[0].id, to: .mark(2))
        // Two cells of the existing column, one new Математика column, one new Физика column.
        let result = try j.importMarks(Array("""
            class,subject,date,work,weight,student,mark
            7А,Математика,2026-09-02,контрольная работа,,Иванов Пётр,5
            7А,Математика,2026-09-02,контрольная работа,,Петрова Анна Сергеевна,4
            7А,Математика,2026-09-15,тест,,Иванов Пётр,3
            7А,Физика,2026-09-15,тест,,Петрова Анна Ивановна,н
            """.utf8), kinds: WorkKind.defaults)
        #expect(result == MarksImportResult(entries: 4, columns: 3))
        let math = f.subject.id
        #expect(try j.columns(classID: f.schoolClass.id, subjectID: math).count == 4)
        #expect(try cell(0) == .mark(5))
        _ = try j.undo()
        #expect(try j.columns(classID: f.schoolClass.id, subjectID: math).count == 3)
        let physics = try j.findOrCreateSubject(named: "Физика").id
        #expect(try j.columns(classID: f.schoolClass.id, subjectID: physics).isEmpty)
        #expect(try cell(0) == .mark(2))
        #expect(try cell(1) == nil)
        _ = try j.redo()
        #expect(try cell(0) == .mark(5))
        #expect(try cell(1) == .mark(4))
        #expect(try j.columns(classID: f.schoolClass.id, subjectID: math).count == 4)
        #expect(try j.grid(classID: f.schoolClass.id, subjectID: physics).entries.map(\.value) == [.absence(.absent)])
        // Undo once more: the whole import again, then the 2 typed before it.
        _ = try j.undo()
        #expect(try cell(0) == .mark(2))
        _ = try j.undo()
        #expect(try cell(0) == nil)
    }
}
