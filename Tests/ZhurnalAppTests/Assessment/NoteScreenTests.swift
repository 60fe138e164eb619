import Foundation
import HostileSupport
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// Formative notes from the grid (`m`): the dialog, the cell marker, the history, and the
/// average left alone.
@Suite struct NoteScreenTests {
    let scratch = ScratchFolder()

    @Test func aNoteIsWrittenFromTheGridMarkedAndNeverChangesTheAverage() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        let before = shell.frame[4]
        #expect(before.hasPrefix("  1 Андреев Б.                 5     4"))
        shell.type("<left>m")
        #expect(shell.top is NoteScreen)
        shell.type("дроби\tпроценты\tж\tб\r")
        #expect(shell.grid != nil)
        let after = shell.frame[4]
        #expect(after.hasPrefix("  1 Андреев Б.                 5     4 *"))
        #expect(after.dropFirst(45) == before.dropFirst(45))
        let note = try fixture.journal.note(columnID: fixture.columns[1].id, studentID: fixture.students[0].id)
        #expect(note == FormativeNote(worked: "дроби", nextStep: "проценты", selfAssessment: .yellow, level: .basic))
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(4))
        let history = try fixture.journal.history(columnID: fixture.columns[1].id, studentID: fixture.students[0].id)
        #expect(history.first?.kind == .note)
        shell.type("<F4>")
        #expect(shell.top is HistoryScreen)
        let line = String(shell.frame[3].reversed().drop { $0 == " " }.reversed())
        #expect(line.hasSuffix("teacher  — → дроби · проценты · жёлтый · базовый"))
    }

    @Test func badLettersAreRefusedAndEmptyFieldsClearTheNote() throws {
        let fixture = try GridFixture(scratch)
        try fixture.journal.setNote(columnID: fixture.columns[1].id, studentID: fixture.students[0].id,
                                    to: FormativeNote(worked: "x"))
        var shell = try fixture.shell()
        shell.type("<left>m\t\tщ\r")
        #expect(shell.top is NoteScreen)
        #expect(shell.status?.text.text(.ru) == Message.journal(.assessment(.badSelf)).text(.ru))
        shell.type("<bs><up><up><bs>\r")
        #expect(shell.grid != nil)
        #expect(try fixture.journal.note(columnID: fixture.columns[1].id, studentID: fixture.students[0].id) == nil)
        #expect(!shell.frame[4].hasPrefix("  1 Андреев Б.                 5     4 *"))
    }
}
