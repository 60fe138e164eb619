import Foundation
import Testing

/// Opening the journal outside a terminal refuses before any file is created.
@Suite struct NoTerminalTests {
    @Test func noJournalIsCreatedWhenThereIsNoTerminal() throws {
        let folder = try TemporaryFolder()
        let result = try ZhurnalProcess.run(["--db", folder.path("school/new.sqlite"), "--lang", "en"],
                                            environment: ["TERM": "xterm-256color"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("only in a terminal"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty, "not even the folder")
    }
}
