import Foundation
import HostileSupport
import Testing
@testable import ZhurnalApp
import ZhurnalCore
@testable import ZhurnalStore

/// A save that fails because the disk is full (docs/hostile-input.md): the status line says so,
/// the cell keeps showing its previous value, nothing is half written, and saving works again
/// once there is room.
///
/// The full disk is SQLite's `PRAGMA max_page_count` set to the pages the file has. So that
/// every save needs a new page, the OS user written into each history row is 5,000 characters
/// long (its row overflows onto pages of its own).
@Suite struct DiskFullTests {
    let scratch = ScratchFolder()
    static let user = String(repeating: "u", count: 5_000)

    /// Caps the file at its current size; returns the cap.
    @discardableResult
    private func fillDisk(_ journal: Journal) throws -> Int {
        #expect(try journal.connection.scalarInt("PRAGMA freelist_count") == 0)
        let pages = try #require(try journal.connection.scalarInt("PRAGMA page_count"))
        #expect(try journal.connection.scalarInt("PRAGMA max_page_count = \(pages)") == pages)
        return pages
    }

    @Test func aFullDiskRefusesTheSaveAndKeepsThePreviousValue() throws {
        let fixture = try GridFixture(scratch, user: Self.user)
        let column = fixture.columns[1].id, student = fixture.students[0].id
        let history = try fixture.journal.history(columnID: column, studentID: student).count
        try fillDisk(fixture.journal)
        #expect(throws: StoreError.diskFull) { try fixture.journal.setEntry(columnID: column, studentID: student, to: .mark(2)) }
        #expect(try fixture.journal.entry(columnID: column, studentID: student) == .mark(4))
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(4))
        #expect(try fixture.journal.history(columnID: column, studentID: student).count == history)
        #expect(!fixture.journal.connection.isInTransaction)
        #expect(try fixture.journal.check().isEmpty)
    }

    @Test func theGridShowsTheErrorAndThePreviousValueNeverTheUnsavedOne() throws {
        let fixture = try GridFixture(scratch, user: Self.user)
        var shell = try fixture.shell()
        shell.type("<left>")
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 1))
        #expect(shell.frame[4].columns(35, 5) == "  4  ")
        let pages = try fillDisk(fixture.journal)

        shell.type("2\r")
        let frame = shell.frame
        #expect(shell.status?.kind == .error)
        #expect(frame[28].hasPrefix(" Не сохранено: диск заполнен"), "\(frame[28])")
        #expect(frame[4].columns(35, 5) == "  4  ", "the cell shows the saved 4, not the typed 2")
        #expect(shell.grid?.cursor == GridCursor(row: 0, column: 1), "the cursor stays on the cell")
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(4))
        shell.tick()
        #expect(shell.frame[4].columns(35, 5) == "  4  ")

        _ = try fixture.journal.connection.scalarInt("PRAGMA max_page_count = \(pages + 1_000)")
        shell.type("2\r")
        #expect(shell.status?.kind != .error)
        #expect(shell.frame[4].columns(35, 5) == "  2  ")
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(2))
    }
}
