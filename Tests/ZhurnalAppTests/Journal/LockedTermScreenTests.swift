import Foundation
import HostileSupport
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The paths around the grid's own cells (issue 12, item 1): in a locked term, scoring a rubric
/// column (`r`) and writing a note (`m`) are refused by the store with the one message, and
/// nothing changes.
@Suite struct LockedTermScreenTests {
    let scratch = ScratchFolder()

    @Test func rubricPointsAndNotesInALockedTermAreRefused() throws {
        let fixture = try GridFixture(scratch)
        let rubric = Rubric(name: "Контрольная", criteria: [RubricCriterion(code: "1", description: "вычисления", maxPoints: 6)],
                            scale: RubricScale(basis: .points, steps: [RubricStep(mark: 2, minimum: 0), RubricStep(mark: 5, minimum: 5)]))
        try fixture.journal.attachRubric(try fixture.journal.saveRubric(rubric).rubricID, toColumn: fixture.columns[1].id)
        var shell = try fixture.shell()
        shell.type("<F7>")
        let history = try fixture.journal.recentHistory(limit: 1000)
        shell.type("<left>r")
        #expect(shell.top is RubricScreen)
        shell.type("6\r")
        #expect(shell.status?.text.text(.ru) == "Период 1 закрыт: изменения запрещены")
        shell.type("<esc>")
        #expect(shell.grid != nil)
        #expect(try fixture.journal.rubricPoints(columnID: fixture.columns[1].id).isEmpty)
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(4))
        shell.type("m")
        #expect(shell.top is NoteScreen)
        shell.type("дроби\tпроценты\r")
        #expect(shell.status?.text.text(.ru) == "Период 1 закрыт: изменения запрещены")
        #expect(try fixture.journal.note(columnID: fixture.columns[1].id, studentID: fixture.students[0].id) == nil)
        #expect(try fixture.journal.recentHistory(limit: 1000) == history)
    }
}
