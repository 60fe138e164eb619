import Foundation
import HostileSupport
import Testing

/// A journal in a folder the user cannot write, through the real binary: reports work, an import
/// is refused with a clear message and exit code 1, and the file is unchanged.
@Suite(.enabled(if: WriteProtection.isSupported, "needs chmod (non-root) or chattr +i (root)"))
struct ReadOnlyCommandTests {
    @Test func reportsWorkAndImportsAreRefusedOnAProtectedJournal() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("school"), withIntermediateDirectories: false)
        let db = folder.path("school/journal.sqlite")
        #expect(try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db]).status == 0)
        #expect(try ZhurnalProcess.run(["import", "marks", try folder.write("m.csv", text: Fixtures.marks), "--db", db]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let protection = WriteProtection(folder.path("school"))
        defer { protection.lift() }
        try #require(protection.isActive)

        let report = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--term", "1", "--format", "json", "--db", db])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("\"sou\": 58.75"))
        let roster = "класс,фамилия,имя\n7А,Новикова,Вера\n"
        let refused = try ZhurnalProcess.run(["import", "roster", try folder.write("new.csv", text: roster), "--db", db, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.split(separator: "\n").count == 1 && !refused.stderr.contains("SQLite"), "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("school")) == ["journal.sqlite"])
    }
}
