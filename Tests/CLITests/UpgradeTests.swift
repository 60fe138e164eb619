import Foundation
import Testing

/// A journal written by an older version: the user's own reports upgrade it once; another school's
/// file in a district report is never written.
@Suite struct UpgradeTests {
    /// Turns a journal back into schema version 1: drops every table, index and column the later
    /// migrations (external results, assessment, history by operation, school year, staff, movements) added.
    private func downgrade(_ db: String) throws {
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        let later = ["external_results", "column_levels", "column_outcomes", "outcomes", "formative_notes",
                     "rubric_scores", "column_rubrics", "rubrics",
                     "curriculum", "calendar_terms", "holidays", "timetable", "plan_topics", "staff", "movements"]
        let columns = ["lesson", "homework", "topic_from_plan"].map { "ALTER TABLE lesson_columns DROP COLUMN \($0);" }
        sqlite.arguments = [db, later.map { "DROP TABLE IF EXISTS \($0);" }.joined() + columns.joined()
                                + " DROP INDEX IF EXISTS history_by_operation; PRAGMA user_version = 1;"]
        try sqlite.run()
        sqlite.waitUntilExit()
    }

    private func userVersion(_ db: String) throws -> String {
        let sqlite = Process()
        let out = Pipe()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [db, "PRAGMA user_version;"]
        sqlite.standardOutput = out
        try sqlite.run()
        sqlite.waitUntilExit()
        return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func ownReportUpgradesAnOlderJournal() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        _ = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db])
        _ = try ZhurnalProcess.run(["import", "marks", try folder.write("m.csv", text: Fixtures.marks), "--db", db])
        try downgrade(db)
        #expect(try userVersion(db) == "1")
        let report = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--subject", "Алгебра", "--term", "1",
                                             "--format", "json", "--db", db])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("\"sou\": 58.75"))
        #expect(try userVersion(db) != "1")
    }

    @Test func districtNeverUpgradesAnotherSchoolsFile() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("school.sqlite")
        _ = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db])
        try downgrade(db)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let result = try ZhurnalProcess.run(["report", "district", db, "--lang", "en"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("older schema"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
        #expect(try userVersion(db) == "1")
    }
}
