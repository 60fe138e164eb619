import Foundation
import Testing

/// `zhurnal bench --scale small` through the built binary: its table, the generated file's counts
/// (fixed by the seed), and that it never writes over an existing file. No timing is asserted.
@Suite struct BenchCommandTests {
    /// Runs `sqlite3 FILE SQL` and returns its output.
    private func sqlite(_ path: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-readonly", path, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func smallBenchPrintsEveryRowAndKeepsTheSchoolAtDb() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("bench.sqlite")
        let result = try ZhurnalProcess.run(["bench", "--scale", "small", "--db", db, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        for row in ["first journal frame", "key → save → frame", "class summary (all subjects)", "whole-school term report",
                    "zhurnal report district, one school (process)", "marks import", "peak memory"] {
            #expect(result.stdout.contains("\n\(row) "), "missing row \(row)")
        }
        #expect(result.stdout.contains("scale small, seed 2026"))
        #expect(result.stderr.contains("building school 1 of 1"))
        let counts = try sqlite(db, """
            SELECT (SELECT count(*) FROM students) || ' ' || (SELECT count(*) FROM lesson_columns) || ' ' ||
                   (SELECT count(*) FROM entries) || ' ' || (SELECT count(*) FROM formative_notes) || ' ' ||
                   (SELECT count(*) FROM rubric_scores)
            """).split(separator: " ").map { Int($0) ?? -1 }
        #expect(counts.count == 5)
        guard counts.count == 5 else { return }
        // Seed 2026 fixes what is generated; the 30 marks typed into the grid may fill empty cells.
        #expect(result.stdout.contains("students 75 · columns 423 · entries 7113 · notes 88 · rubric scores 1128 ·"))
        #expect(counts[0] == 75 && counts[1] == 423 && counts[3] == 88 && counts[4] == 1128)
        #expect((7113...7143).contains(counts[2]))
        #expect(try sqlite(db, "SELECT value FROM settings WHERE key = 'bench'") == "small 2026 0")
    }

    @Test func sameSeedGivesTheSameFileAndAnotherSeedAnother() throws {
        let folder = try TemporaryFolder()
        func checksum(_ seed: String, _ name: String) throws -> String {
            let result = try ZhurnalProcess.run(["bench", "--scale", "small", "--seed", seed, "--format", "json",
                                                 "--db", folder.path(name)])
            #expect(result.status == 0, "\(result.stderr)")
            guard let range = result.stdout.range(of: #""counts": \{[^}]*\}"#, options: .regularExpression) else {
                Issue.record("no counts in \(result.stdout)")
                return ""
            }
            #expect(result.stdout.contains(#""name": "marks_import""#))
            return String(result.stdout[range])
        }
        let first = try checksum("11", "a.sqlite")
        #expect(first.contains(#""students": 75"#))
        #expect(try checksum("11", "b.sqlite") == first)
        #expect(try checksum("12", "c.sqlite") != first)
    }

    @Test func refusesAnExistingFileAndLeavesItAlone() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("journal.sqlite", text: "my journal")
        let result = try ZhurnalProcess.run(["bench", "--scale", "small", "--db", path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("zhurnal bench builds its school only in a new or empty file"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my journal")
    }

    @Test func russianTableAndUsageErrors() throws {
        let bad = try ZhurnalProcess.run(["bench", "--scale", "town"])
        #expect(bad.status == 2)
        let seed = try ZhurnalProcess.run(["bench", "--seed", "-1"])
        #expect(seed.status == 2)
        let folder = try TemporaryFolder()
        let result = try ZhurnalProcess.run(["bench", "--scale", "small", "--db", folder.path("b.sqlite"), "--lang", "ru"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("первый кадр журнала"))
        #expect(result.stdout.contains("импорт отметок"))
        let help = try ZhurnalProcess.run(["--help", "--lang", "en"])
        #expect(help.stdout.contains("zhurnal bench [--scale small|school|district|server]"))
    }
}
