import Foundation
import Testing

@Suite("zhurnal command line")
struct CommandLineTests {
    @Test func versionAndHelp() throws {
        let version = try ZhurnalProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("zhurnal 0."))
        let help = try ZhurnalProcess.run(["--help", "--lang", "en"])
        #expect(help.status == 0)
        for command in ["import roster", "import marks", "import final-marks", "export marks", "report summary", "backup", "check", "demo"] {
            #expect(help.stdout.contains(command), "help mentions \(command)")
        }
        let russian = try ZhurnalProcess.run(["--help"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(russian.stdout.contains("Использование"))
    }

    @Test func usageErrorsExitTwoWithOneLine() throws {
        let folder = try TemporaryFolder()
        for arguments in [["frobnicate"], ["report", "summary"], ["import", "marks"], ["--lang", "de"],
                          ["report", "summary", "--class", "7А", "--format", "pdf"]] {
            let result = try ZhurnalProcess.run(arguments + ["--db", folder.path("j.sqlite")])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("j.sqlite")))
    }

    @Test func importThenSummaryGivesTheDomainNumbers() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        #expect(try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db]).status == 0)
        let marks = try ZhurnalProcess.run(["import", "marks", try folder.write("m.csv", text: Fixtures.marks), "--db", db])
        #expect(marks.status == 0, "\(marks.stderr)")

        // Орлов is exempt from every work, so he is recommended осв and leaves N: N = 4 with
        // 5, 4, 4 and н/а → 75.00 %, 75.00 %, СОУ (100 + 2·64 + 7) / 4 = 58.75.
        let before = try summaryJSON(db)
        #expect(before.contains("\"counted\": 4"))
        #expect(before.contains("\"progress\": 75.00"))
        #expect(before.contains("\"quality\": 75.00"))
        #expect(before.contains("\"sou\": 58.75"))
        #expect(before.contains("\"mean_mark\": 4.33"))
        #expect(before.contains("\"average\": 3.60"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(before.utf8)) as? [String: Any])
        #expect(object["class"] as? String == "7А")
        #expect(object["subject"] as? String == "Алгебра")
        #expect(object["term"] as? Int == 1)
        let students = try #require(object["students"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: students.map { ($0["name"] as! String, $0) })
        #expect(byName["Иванов Иван"]?["term_mark"] as? String == "4")
        #expect(byName["Петрова Анна"]?["term_mark"] as? String == "5")
        #expect(byName["Сидоров Пётр"]?["term_mark"] as? String == "н/а")
        #expect(byName["Сидоров Пётр"]?["marks"] as? Int == 2)
        #expect(byName["Кузнецова Мария"]?["marks"] as? Int == 3)
        #expect(byName["Кузнецова Мария"]?["average"] as? Double == 4.33)
        #expect(byName["Орлов Глеб"]?["average"] is NSNull)
        #expect(byName["Орлов Глеб"]?["term_mark"] as? String == "осв")
        #expect(byName["Иванов Иван"]?["final_mark"] is NSNull)

        let finals = try ZhurnalProcess.run(["import", "final-marks", try folder.write("f.csv", text: Fixtures.finalMarks), "--db", db])
        #expect(finals.status == 0, "\(finals.stderr)")
        let after = try summaryJSON(db)
        #expect(after.contains("\"enrolled\": 5"))
        #expect(after.contains("\"counted\": 4"))
        #expect(after.contains("\"progress\": 75.00"))
        #expect(after.contains("\"quality\": 75.00"))
        #expect(after.contains("\"sou\": 67.75"))
        #expect(after.contains("\"mean_mark\": 4.67"))
        #expect(after.contains("\"final_mark\": \"5\""))
    }

    @Test func importWithBadRowsWritesNothingAndListsEveryRow() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        _ = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db])
        let result = try ZhurnalProcess.run(["import", "marks", try folder.write("bad.csv", text: Fixtures.badMarks),
                                             "--db", db, "--lang", "en"])
        #expect(result.status == 1)
        for line in [3, 4, 5, 6] {
            #expect(result.stderr.contains("line \(line):"), "reports line \(line): \(result.stderr)")
        }
        #expect(!result.stderr.contains("line 2:"))
        let export = try ZhurnalProcess.run(["export", "marks", "--db", db])
        #expect(export.status == 0)
        #expect(export.stdout.split(separator: "\n").count == 1, "only the header: \(export.stdout)")
    }

    @Test func windows1251SemicolonFileImports() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        let roster = Fixtures.roster.replacingOccurrences(of: ",", with: ";")
        try folder.write("r.csv", Fixtures.windows1251(roster))
        let marks = Fixtures.marks.replacingOccurrences(of: "\"1,4\"", with: "1.4").replacingOccurrences(of: ",", with: ";")
            .replacingOccurrences(of: "1.4", with: "1,4").replacingOccurrences(of: "1.2", with: "1,2")
        try folder.write("m.csv", Fixtures.windows1251(marks.replacingOccurrences(of: "\n", with: "\r\n")))
        let r = try ZhurnalProcess.run(["import", "roster", folder.path("r.csv"), "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let m = try ZhurnalProcess.run(["import", "marks", folder.path("m.csv"), "--db", db])
        #expect(m.status == 0, "\(m.stderr)")
        let summary = try summaryJSON(db)
        #expect(summary.contains("\"sou\": 58.75"))
        #expect(summary.contains("Кузнецова Мария"))
    }

    @Test func exportImportRoundTripGivesIdenticalReports() throws {
        let folder = try TemporaryFolder()
        let first = folder.path("a.sqlite"), second = folder.path("b.sqlite")
        _ = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", first])
        _ = try ZhurnalProcess.run(["import", "marks", try folder.write("m.csv", text: Fixtures.marks), "--db", first])
        let export = try ZhurnalProcess.run(["export", "marks", "--db", first, "--output", folder.path("out.csv")])
        #expect(export.status == 0, "\(export.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path("out.csv"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        _ = try ZhurnalProcess.run(["import", "roster", folder.path("r.csv"), "--db", second])
        let reimport = try ZhurnalProcess.run(["import", "marks", folder.path("out.csv"), "--db", second])
        #expect(reimport.status == 0, "\(reimport.stderr)")
        #expect(try summaryJSON(first) == summaryJSON(second))
        for format in ["text", "csv"] {
            let a = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--term", "1", "--format", format, "--db", first])
            let b = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--term", "1", "--format", format, "--db", second])
            #expect(a.status == 0)
            #expect(a.stdout == b.stdout)
        }
    }

    @Test func newerJournalIsRefusedUntouched() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        _ = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db])
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [db, "PRAGMA user_version = 999;"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let result = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--db", db, "--lang", "en"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("newer"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
        let text = try folder.write("notes.txt", text: "not a journal\n")
        let refused = try ZhurnalProcess.run(["check", "--db", text])
        #expect(refused.status == 3)
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "not a journal\n")
    }

    @Test func backupAndCheck() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        _ = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db])
        let backup = try ZhurnalProcess.run(["backup", folder.path("copy.sqlite"), "--db", db])
        #expect(backup.status == 0, "\(backup.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path("copy.sqlite"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let check = try ZhurnalProcess.run(["check", "--db", folder.path("copy.sqlite"), "--lang", "en"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("ok"))
        let again = try ZhurnalProcess.run(["backup", folder.path("copy.sqlite"), "--db", db])
        #expect(again.status == 1)
    }

    private func summaryJSON(_ db: String) throws -> String {
        let result = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--subject", "Алгебра", "--term", "1",
                                             "--format", "json", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }
}
