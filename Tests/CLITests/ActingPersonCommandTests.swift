import Foundation
import Testing

/// The acting person in the history is the login `sudo` reports (`SUDO_USER`) when the process
/// runs as the journal file's owner — how staff act on a school server's journal — so that undo
/// can take back each person's own changes only (`UndoScopeTests`).
@Suite struct ActingPersonCommandTests {
    @Test func twoSudoUsersAreRecordedApart() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        let roster = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db],
                                            environment: ["SUDO_USER": "anna"])
        #expect(roster.status == 0, "\(roster.stderr)")
        let marks = try ZhurnalProcess.run(["import", "marks", try folder.write("m.csv", text: Fixtures.marks), "--db", db],
                                           environment: ["SUDO_USER": "boris"])
        #expect(marks.status == 0, "\(marks.stderr)")
        let process = Process()
        let out = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-readonly", db, "SELECT kind, os_user, count(*) FROM history GROUP BY 1, 2 ORDER BY 1, 2"]
        process.standardOutput = out
        try process.run()
        process.waitUntilExit()
        let rows = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        #expect(rows == ["class_add|anna|1", "column_add|boris|3", "column_entries|boris|3", "student_add|anna|5"])
    }
}
