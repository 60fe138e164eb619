import Foundation
import Testing
@testable import ZhurnalStore

/// The journal and the `-wal` and `-shm` files SQLite creates beside it are 0600 even under a
/// permissive umask (the CLI tests cover backups, exports and reports).
@Suite struct JournalFileModeTests {
    @Test func theJournalAndItsWALAndSHMArePrivateUnderUmaskZero() throws {
        let scratch = Scratch()
        let previous = umask(0)
        defer { umask(previous) }
        let journal = try scratch.journal()
        _ = try Fixture(journal)
        let path = scratch.path("journal.sqlite")
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        for file in [path, path + "-wal", path + "-shm"] {
            #expect(mode(of: file) == 0o600, "\(file)")
        }
        try journal.backup(to: scratch.path("copy.sqlite"))
        #expect(mode(of: scratch.path("copy.sqlite")) == 0o600)
    }
}
