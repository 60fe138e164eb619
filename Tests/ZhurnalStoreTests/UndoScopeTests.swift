import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// Undo you can trust: only the acting person's changes, this window's first; it says what it
/// undid; a large undo runs in batches; redo survives other people's saves; rosters undo too.
@Suite struct UndoScopeTests {
    let scratch = Scratch()

    private func cell(_ f: Fixture, _ column: Int, _ student: Int) throws -> Entry? {
        try f.journal.entry(columnID: f.columns[column].id, studentID: f.students[student].id)
    }

    @Test func theActingPersonIsSudoUserOnlyOnTheOwnersFile() throws {
        let path = scratch.path("journal.sqlite")
        _ = try scratch.journal()
        #expect(OSUser.acting(onFileAt: path, environment: ["SUDO_USER": "anna"]) == "anna")
        #expect(OSUser.acting(onFileAt: path, environment: ["SUDO_USER": ""]) == OSUser.current())
        #expect(OSUser.acting(onFileAt: path, environment: [:]) == OSUser.current())
        #expect(OSUser.acting(onFileAt: scratch.path("missing.sqlite"), environment: ["SUDO_USER": "anna"]) == OSUser.current())
    }

    /// SUDO_USER names the person only when the process runs as the file's owner (the school
    /// server's `zhurnal` account); on a file someone else owns it is ignored. Changing a file's
    /// owner needs root.
    @Test(.enabled(if: getuid() == 0, "chown needs root"))
    func sudoUserIsIgnoredOnAFileSomeoneElseOwns() throws {
        let path = scratch.path("journal.sqlite")
        _ = try scratch.journal()
        #expect(chown(path, 65534, 65534) == 0)
        #expect(OSUser.acting(onFileAt: path, environment: ["SUDO_USER": "anna"]) == OSUser.current())
    }

    @Test func twoPeopleUndoOnlyTheirOwnAndRedoSurvivesTheOthersSaves() throws {
        let f = try Fixture(try scratch.journal(user: "anna"))
        let anna = f.journal
        let boris = try scratch.journal(user: "boris")
        try anna.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(5))
        try boris.setEntry(columnID: f.columns[0].id, studentID: f.students[1].id, to: .mark(3))
        #expect(try anna.undo()?.studentID == f.students[0].id)
        #expect(try cell(f, 0, 1) == .mark(3))
        // Boris saves another cell: Anna's redo is still there.
        try boris.setEntry(columnID: f.columns[1].id, studentID: f.students[2].id, to: .mark(4))
        #expect(try anna.redo()?.studentID == f.students[0].id)
        #expect(try cell(f, 0, 0) == .mark(5))
        // Boris's undo takes his own newest change, never Anna's.
        #expect(try boris.undo()?.columnID == f.columns[1].id)
        #expect(try boris.undo()?.studentID == f.students[1].id)
        #expect(try boris.undo() == nil)
        #expect(try cell(f, 0, 0) == .mark(5))
        // Anna's own new change ends her redo chain.
        _ = try anna.undo()
        try anna.setEntry(columnID: f.columns[1].id, studentID: f.students[0].id, to: .mark(2))
        #expect(try anna.redo() == nil)
    }

    @Test func thisWindowsChangesAreUndoneBeforeTheSamePersonsOtherWindow() throws {
        let f = try Fixture(try scratch.journal())
        let first = f.journal
        let second = try scratch.journal()
        try first.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(5))
        try second.setEntry(columnID: f.columns[0].id, studentID: f.students[1].id, to: .mark(4))
        #expect(try first.undo()?.studentID == f.students[0].id)
        #expect(try cell(f, 0, 1) == .mark(4))
        // With its own changes undone, the person's newest comes next.
        let reopened = try scratch.journal()
        #expect(try reopened.undo()?.studentID == f.students[1].id)
    }

    @Test func theUndoSaysWhatItUndid() throws {
        let f = try Fixture(try scratch.journal())
        try f.journal.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(5))
        let change = try #require(try f.journal.undo()?.change)
        #expect(change.rows == 1 && change.classes == 1 && !change.isLarge)
        let place = try #require(change.place)
        #expect([place.className, place.subjectName, place.date?.dayMonth, place.studentName]
            == ["7А", "Математика", "02.09", "Иванов П."])
        #expect(place.newValue == "5" && place.oldValue == nil)
        try f.journal.setFinalMark(studentID: f.students[1].id, subjectID: f.subject.id, term: 2, to: "4")
        #expect(try f.journal.nextUndo()?.place?.term == 2)
    }

    @Test func aLargeUndoRunsInBatchesAndIsWholeAtTheEnd() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        let other = try j.findOrCreateClass(named: "7Б")
        try j.addStudent(classID: other.id, lastName: "Орлов", firstName: "Глеб")
        try j.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(2))
        var rows = "class,subject,date,work,weight,student,mark\n"
        for day in 1...40 {
            let date = LocalDate(year: 2026, month: 9, day: 1)!.adding(days: day).iso
            rows += "7А,Математика,\(date),тест,,Иванов Пётр,5\n7Б,Математика,\(date),тест,,Орлов Глеб,4\n"
        }
        _ = try j.importMarks(Array(rows.utf8), kinds: WorkKind.defaults)
        let next = try #require(try j.nextUndo())
        #expect(next.classes == 2 && next.isLarge && next.rows == 160)
        let undone = try #require(try j.undo(batchSize: 7))
        #expect(undone.change == next)
        #expect(try j.columns(classID: other.id, subjectID: f.subject.id).isEmpty)
        #expect(try j.columns(classID: f.schoolClass.id, subjectID: f.subject.id).count == 2)
        #expect(try cell(f, 0, 0) == .mark(2))
        _ = try j.redo(batchSize: 5)
        #expect(try j.columns(classID: other.id, subjectID: f.subject.id).count == 40)
        #expect(try j.grid(classID: other.id, subjectID: f.subject.id).entries.count == 40)
        // Undone again, then the mark typed before it.
        _ = try j.undo(batchSize: 3)
        #expect(try j.undo()?.change?.place?.newValue == "2")
        #expect(try cell(f, 0, 0) == nil)
    }

    @Test func aRosterImportIsUndoneAndRedoneAsOne() throws {
        let j = try scratch.journal()
        let roster = Array("class,last_name,first_name\n8В,Смирнова,Ольга\n8В,Кузнецов,Илья\n".utf8)
        #expect(try j.importRoster(roster, className: nil) == RosterImportResult(studentsAdded: 2, classes: 1))
        let students = try j.students(classID: try j.findOrCreateClass(named: "8В").id)
        #expect(try j.nextUndo()?.rows == 3)
        #expect(try j.undo()?.kind == .classAdd)
        #expect(try j.classes().isEmpty)
        #expect(try j.redo() != nil)
        let classID = try #require(try j.classes().first).id
        #expect(try j.students(classID: classID) == students)
        // A student who got a mark since is not removed by an undo: refused, nothing changed.
        let other = try scratch.journal(user: "deputy")
        let subject = try other.findOrCreateSubject(named: "Физика")
        let column = try other.addColumn(classID: classID, subjectID: subject.id, date: LocalDate(year: 2026, month: 9, day: 3)!,
                                         kindCode: "test")
        try other.setEntry(columnID: column.id, studentID: students[1].id, to: .mark(4))
        let before = try j.counts()
        #expect(throws: StoreError.studentHasRecords(students[1].id)) { try j.undo() }
        #expect(try j.counts() == before)
        #expect(try j.students(classID: classID).count == 2)
    }
}
