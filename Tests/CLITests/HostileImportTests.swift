import Foundation
import HostileSupport
import Testing
import ZhurnalCore

/// Malformed files through the real binary (docs/hostile-input.md): every import refuses with
/// messages on stderr, exit code 1, and the journal file byte-for-byte as it was.
@Suite struct HostileImportTests {
    /// A journal file's bytes and modification time, and which files sit beside it.
    private struct Snapshot: Equatable {
        var bytes: Data
        var modified: Int
        var neighbours: [String]

        init(_ path: String) throws {
            bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            modified = Int(((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) * 1_000_000)
            neighbours = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
                .filter { $0.hasPrefix("journal") }.sorted()
        }
    }

    /// A line that every import refuses: an unterminated quote on a data row.
    private static let poison = "7А,\"Иванов"

    /// A file for `kind` with random hostile rows and one poisoned row at a random place.
    private func malformed(_ kind: String, using generator: inout SeededGenerator) -> String {
        let header = [
            "roster": "класс,фамилия,имя,отчество",
            "marks": "class,subject,date,work,weight,student,mark",
            "final-marks": "class,subject,term,student,mark",
            "external": "procedure,class,subject,date,student,score,mark",
            "rubric-scores": "class,subject,date,work,student,criterion,points",
        ][kind]!
        var rows = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
            (0..<Int.random(in: 1...8, using: &generator)).map { _ in
                HostileText.string(using: &generator, maxPieces: 3, hugeOneIn: 1_000)
                    .replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\n", with: " ")
                    .replacingOccurrences(of: "\r", with: " ")
            }.joined(separator: ",")
        }
        rows.insert(Self.poison, at: Int.random(in: 0...rows.count, using: &generator))
        return ([header] + rows).joined(separator: ["\n", "\r\n"].randomElement(using: &generator)!)
    }

    @Test func malformedImportsLeaveTheJournalByteForByteUnchanged() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        #expect(try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db]).status == 0)
        #expect(try ZhurnalProcess.run(["import", "marks", try folder.write("m.csv", text: Fixtures.marks), "--db", db]).status == 0)
        let before = try Snapshot(db)
        let run = FuzzRun(iterations: 60, seed: 0x5A68_4A6C_0401)
        var generator = run.generator
        let kinds = ["roster", "marks", "final-marks", "external", "rubric-scores", "rubric"]
        for iteration in 0..<run.iterations {
            let kind = kinds[iteration % kinds.count]
            let file: String
            if kind == "rubric" {
                let json = #"{"name": "К", "basis": "points", "criteria": [{"code": "1", "max": 5}], "scale": [{"mark": 5, "min": 5}]}"#
                // A `#` is never JSON outside a string, and a line break never inside one.
                let cut = HostileText.mutated(Array(json.utf8), using: &generator) + Array("\n#".utf8)
                file = try folder.write("hostile-\(iteration).json", cut)
            } else {
                file = try folder.write("hostile-\(iteration).csv", text: malformed(kind, using: &generator))
            }
            let result = try ZhurnalProcess.run(["import", kind, file, "--db", db, "--lang", iteration.isMultiple(of: 2) ? "en" : "ru"])
            #expect(!result.signalled)
            #expect(result.status == 1, "\(kind) \(file): \(result.status) \(result.stderr)")
            #expect(!result.stderr.isEmpty && result.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("zhurnal: ") })
            #expect(ControlCharacters.first(in: result.stderr.replacingOccurrences(of: "\n", with: "")) == nil)
            #expect(try Snapshot(db) == before, "\(kind) \(file) changed the journal")
        }
    }
}

/// Hostile but printable names go in exactly and come out safely in every report format; names
/// with control characters are refused with the line and the character.
@Suite struct HostileNameCommandTests {
    static let long = String(repeating: "Щ", count: 190) + "Оглы"
    static let roster = [
        "класс;фамилия;имя;отчество",
        #"7А;"Д'Артаньян ""Шарль""";Ян;"#,
        "7А;<script>alert(1)</script>;Анна;&amp;",
        "7А;👨‍👩‍👧‍👦Семьёва;🇷🇺Флаг;",
        "7А;\(long);Пётр;",
        #"7А;=HYPERLINK("x");Ян;"#,
    ].joined(separator: "\r\n")

    @Test func printableHostileNamesRoundTripAndAreEscapedInReports() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        let imported = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Self.roster), "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let marks = "class,subject,date,work,weight,student,mark\n7А,Алгебра,2026-09-05,тест,,\"Д'Артаньян \"\"Шарль\"\" Ян\",5\n"
        #expect(try ZhurnalProcess.run(["import", "marks", try folder.write("m.csv", text: marks), "--db", db]).status == 0)
        let summary = ["report", "summary", "--class", "7А", "--subject", "Алгебра", "--term", "1", "--db", db]

        let json = try ZhurnalProcess.run(summary + ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let names = Set(((object["students"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
        #expect(names == ["Д'Артаньян \"Шарль\" Ян", "<script>alert(1)</script> Анна", "👨‍👩‍👧‍👦Семьёва 🇷🇺Флаг",
                          "\(Self.long) Пётр", "=HYPERLINK(\"x\") Ян"])

        let html = try ZhurnalProcess.run(summary + ["--format", "html"]).stdout
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))

        let excel = try ZhurnalProcess.run(["export", "marks", "--excel", "--db", db]).stdout
        #expect(!excel.contains(";=HYPERLINK") && !excel.contains("\n=HYPERLINK"))
        let text = try ZhurnalProcess.run(summary)
        #expect(text.status == 0)
        let longRow = try #require(text.stdout.split(separator: "\n").first { $0.contains("ЩЩЩ") })
        #expect(longRow.contains("ЩЩЩ…"), "a long name is cut with an ellipsis: \(longRow)")
        #expect(longRow.hasSuffix("н/а"), "and the marks stay on the line: \(longRow)")
    }

    @Test func namesWithControlCharactersAreRefusedWithTheLineAndTheCharacter() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        let roster = "класс,фамилия,имя\n7А,Иванов,Пётр\n7А,\"Esc\u{1B}[2J\",Ян\n7А,\"Две\nстроки\",Ян\n7А,Tab\tTab,Ян\n7А,\u{202E}вонавИ,Ян\n"
        let result = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: roster), "--db", db, "--lang", "en"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("line 3") && $0.contains("U+001B") }, "\(lines)")
        #expect(lines.contains { $0.contains("line 4") && $0.contains("U+000A") }, "\(lines)")
        #expect(lines.contains { $0.contains("line 6") && $0.contains("U+0009") }, "\(lines)")
        #expect(lines.contains { $0.contains("line 7") && $0.contains("U+202E") }, "\(lines)")
        #expect(lines.allSatisfy { ControlCharacters.first(in: $0) == nil })
        let check = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--db", db])
        #expect(check.status == 1, "nothing was imported: \(check.stderr)")
    }
}
