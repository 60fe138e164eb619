import HostileSupport
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// Two windows on one journal file: each notices the other's commits, and neither loses a write.
@Suite struct TwoSessionsTests {
    let scratch = ScratchFolder()

    @Test func aMarkSavedInOneWindowAppearsInTheOther() throws {
        let fixture = try GridFixture(scratch)
        let windowB = try fixture.reopen()
        let watcher = try fixture.reopen()
        var shellA = try fixture.shell()
        var shellB = try fixture.shell(session: windowB.session)
        #expect(!watcher.session.changedElsewhere())
        shellB.tick()
        #expect(shellB.status == nil)

        shellA.type("4\r")
        #expect(watcher.session.changedElsewhere())
        #expect(!watcher.session.changedElsewhere())
        // B still shows the empty cell until its tick reloads the grid.
        let cell = CellKey(columnID: fixture.columns[2].id, studentID: fixture.students[0].id)
        #expect(shellB.grid?.data.entries[cell] == nil)
        shellB.tick()
        #expect(shellB.grid?.data.entries[cell] == .mark(4))
        #expect(shellB.frame[28].hasPrefix(" Журнал обновлён: изменения из другого окна"))
        // Андреев: (5 + 4×3 + 4×2) / 6 = 25/6 = 4.1666… → 4.17, three marks: 4.
        #expect(shellB.frame[4].columns(41, 5) == "  4  ")
        #expect(shellB.frame[4].columns(81, 13) == " 4.17   3   4")
        // Nothing new: after a key clears the message, the next tick says nothing.
        shellB.type("<left>")
        shellB.tick()
        #expect(shellB.status == nil)
    }

    @Test func overwritingAValueNotYetSeenKeepsTheLaterWriteAndBothInTheHistory() throws {
        let fixture = try GridFixture(scratch)
        let windowB = try fixture.reopen()
        var shellA = try fixture.shell()
        var shellB = try fixture.shell(session: windowB.session)
        shellA.type("4\r")
        // B has not ticked: it still shows the cell empty and types 3 over A's 4.
        shellB.type("3\r")
        #expect(try fixture.storedEntry(column: 2, student: 0) == .mark(3))
        #expect(shellB.status?.kind == .info)
        #expect(shellB.frame[28].hasPrefix(" Клетку изменили в другом окне (4); сохранено ваше «3», история хранит оба"))
        let history = try fixture.journal.history(columnID: fixture.columns[2].id, studentID: fixture.students[0].id)
        #expect(history.map(\.oldValue) == ["4", nil])
        #expect(history.map(\.newValue) == ["3", "4"])
        // A's window catches up on its next tick.
        shellA.tick()
        #expect(shellA.grid?.data.entries[CellKey(columnID: fixture.columns[2].id, studentID: fixture.students[0].id)] == .mark(3))
    }
}
