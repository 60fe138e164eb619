import Foundation
import FuzzSupport
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
    private func malformed(_ kind: String, using generator: inout SplitMix64) -> String {
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
                let cut = HostileText.mutated(Array(json.utf8), using: &generator) + Array("}".utf8)
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
