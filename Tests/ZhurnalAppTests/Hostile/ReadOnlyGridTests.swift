import Foundation
import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// A journal the user cannot write opens read-only with a banner; every edit is refused with a
/// message and the file stays as it was; reading and reports still work (docs/hostile-input.md).
@Suite struct ReadOnlyGridTests {
    let scratch = ScratchFolder()

    /// The fixture's grid on a read-only journal, with the banner the terminal shows.
    private func readOnlyShell(_ fixture: GridFixture, writable: @escaping (String) -> Bool = { _ in false }) throws -> AppShell {
        let journal = try JournalOpener.openForTerminal(fixture.path, writable: writable)
        #expect(journal.isReadOnly)
        let session = try JournalSession(journal: journal, today: GridFixture.today)
        let screen = try JournalGridScreen(session: session, pair: fixture.pair)
        return AppShell(root: screen, size: Size(width: 100, height: 30),
                        context: DrawContext(language: .ru, banner: journal.isReadOnly ? .journal(.readOnlyBanner) : nil))
    }

    @Test func aWritableJournalOpensReadWrite() throws {
        let fixture = try GridFixture(scratch)
        #expect(try !JournalOpener.openForTerminal(fixture.path).isReadOnly)
    }

    @Test func everyEditIsRefusedWithAMessageAndTheFileIsUnchanged() throws {
        let fixture = try GridFixture(scratch)
        let before = try FileManager.default.contentsOfDirectory(atPath: scratch.directory).sorted()
        var shell = try readOnlyShell(fixture)
        #expect(shell.frame[0].hasSuffix(" Только чтение "), "\(shell.frame[0])")
        for keys in ["5", "<bs>", "u", "<C-r>", "<F3>", "a", "<F2>", "<F5>", "<F7>", "<F8>", "m", "r"] {
            shell.type(keys)
            #expect(shell.status?.kind == .error, "\(keys)")
            #expect(shell.status.map { shell.context.text($0.text) } == "Журнал открыт только для чтения: изменения не сохраняются")
            #expect(shell.depth == 1, "\(keys) opened no form")
        }
        shell.type("<left>")
        #expect(shell.grid?.cursor.column == 1, "moving still works")
        #expect(shell.frame[4].columns(35, 5) == "  4  ")
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(4))
        #expect(try fixture.journal.history(columnID: fixture.columns[2].id, studentID: fixture.students[0].id).isEmpty)
        shell.type("v")
        #expect(shell.depth == 2, "the class summary still opens")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.directory).sorted() == before)
    }

    @Test(.enabled(if: WriteProtection.isSupported, "needs chmod (non-root) or chattr +i (root)"))
    func aProtectedFileIsDetectedByTheRealDecision() throws {
        let fixture = try GridFixture(scratch)
        let protection = WriteProtection(fixture.path)
        defer { protection.lift() }
        try #require(protection.isActive)
        let shell = try readOnlyShell(fixture, writable: JournalDatabase.isWritable)
        #expect(shell.frame[0].hasSuffix(" Только чтение "))
    }
}
