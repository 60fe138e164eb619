import Foundation
import Testing

/// `zhurnal import external`, `zhurnal report objectivity` and `zhurnal report district` driven
/// through the built binary.
@Suite struct ExternalCommandTests {
    /// ВПР marks for the fixture's class: Иванов 4 (journal 5, final mark) lowered, Петрова 5
    /// (journal 5) confirmed, Кузнецова 5 (journal 4) raised; Сидоров (н/а) and Орлов (осв) are
    /// not compared. 3 participants: 33.33 % each.
    static let external = """
    процедура,класс,предмет,дата,ученик,балл,отметка
    ВПР,7А,Алгебра,2026-10-01,Иванов Иван,11,4
    ВПР,7А,Алгебра,2026-10-01,Петрова Анна,15,5
    ВПР,7А,Алгебра,2026-10-01,Кузнецова Мария,14,5
    ВПР,7А,Алгебра,2026-10-01,Сидоров Пётр,6,2
    ВПР,7А,Алгебра,2026-10-01,Орлов Глеб,,3
    """

    private func journal(_ folder: TemporaryFolder, _ name: String = "journal.sqlite") throws -> String {
        let db = folder.path(name)
        _ = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db])
        _ = try ZhurnalProcess.run(["import", "marks", try folder.write("m.csv", text: Fixtures.marks), "--db", db])
        _ = try ZhurnalProcess.run(["import", "final-marks", try folder.write("f.csv", text: Fixtures.finalMarks), "--db", db])
        let result = try ZhurnalProcess.run(["import", "external", try folder.write("e.csv", text: Self.external), "--db", db,
                                             "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("imported 5 external results"))
        return db
    }

    @Test func objectivityReport() throws {
        let folder = try TemporaryFolder()
        let db = try journal(folder)
        let json = try ZhurnalProcess.run(["report", "objectivity", "--procedure", "впр", "--format", "json", "--db", db])
        #expect(json.status == 0, "\(json.stderr)")
        for field in ["\"procedure\": \"ВПР\"", "\"participants\": 3", "\"lowered\": 1", "\"confirmed\": 1", "\"raised\": 1",
                      "\"lowered_pct\": 33.33", "\"confirmed_pct\": 33.33", "\"raised_pct\": 33.33", "\"external\": {", "\"journal\": {"] {
            #expect(json.stdout.contains(field), "\(field)")
        }
        let text = try ZhurnalProcess.run(["report", "objectivity", "--procedure", "ВПР", "--db", db, "--lang", "ru"])
        #expect(text.stdout.contains("участников 3: понизили 1 (33.33%) !, подтвердили 1 (33.33%), повысили 1 (33.33%) !"))
        let unknown = try ZhurnalProcess.run(["report", "objectivity", "--procedure", "ОГЭ", "--db", db, "--lang", "en"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("there is no procedure \"ОГЭ\""))
        let missing = try ZhurnalProcess.run(["report", "objectivity", "--db", db])
        #expect(missing.status == 2)
    }

    @Test func badExternalFileImportsNothing() throws {
        let folder = try TemporaryFolder()
        let db = try journal(folder)
        let bad = try folder.write("bad.csv", text: "procedure,class,subject,date,student,score,mark\nОГЭ,7А,Алгебра,2026-10-01,Иванов Иван,x,4\n")
        let result = try ZhurnalProcess.run(["import", "external", bad, "--db", db, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 2: \"x\" is not a score"))
        #expect(try ZhurnalProcess.run(["report", "objectivity", "--procedure", "ОГЭ", "--db", db]).status == 1)
        let badScale = try ZhurnalProcess.run(["import", "external", bad, "--scale", "10,5,14", "--db", db])
        #expect(badScale.status == 2)
        let scaled = try folder.write("scaled.csv", text: "procedure,class,subject,date,student,score\nОГЭ,7А,Алгебра,2026-10-01,Иванов Иван,12\n")
        let result2 = try ZhurnalProcess.run(["import", "external", scaled, "--scale", "6,10,14", "--db", db])
        #expect(result2.status == 0, "\(result2.stderr)")
        let json = try ZhurnalProcess.run(["report", "objectivity", "--procedure", "ОГЭ", "--format", "json", "--db", db])
        #expect(json.stdout.contains("\"external_mark\": 4"))
    }

    @Test func districtLeavesTheFilesAsTheyWere() throws {
        let folder = try TemporaryFolder()
        let files = try ["a.sqlite", "b.sqlite", "c.sqlite"].map { try journal(folder, $0) }
        let before = try files.map { (try Data(contentsOf: URL(fileURLWithPath: $0)),
                                      try FileManager.default.attributesOfItem(atPath: $0)[.modificationDate] as? Date) }
        let result = try ZhurnalProcess.run(["report", "district"] + files + ["--term", "1", "--format", "json", "--min-quality", "80"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "\"flagged\": true").count == 4)
        #expect(result.stdout.contains("\"shared_procedures\": [\n    \"ВПР\"\n  ]"))
        let after = try files.map { (try Data(contentsOf: URL(fileURLWithPath: $0)),
                                     try FileManager.default.attributesOfItem(atPath: $0)[.modificationDate] as? Date) }
        #expect(before.map(\.0) == after.map(\.0))
        #expect(before.map(\.1) == after.map(\.1))
        let bad = try ZhurnalProcess.run(["report", "district", files[0], "--min-sou", "120"])
        #expect(bad.status == 2)
        let none = try ZhurnalProcess.run(["report", "district"])
        #expect(none.status == 2)
    }
}
