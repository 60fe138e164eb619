import Foundation
import Testing

/// `zhurnal import rubric` and `zhurnal import rubric-scores` on the fixture roster.
@Suite("zhurnal import rubric and rubric-scores")
struct AssessmentCommandTests {
    /// A 10-point контрольная: 5 needs 9 points with 3 from the task group.
    private func rubric(five: Int) -> String {
        """
        {"name": "Контрольная 1", "basis": "points",
         "criteria": [{"code": "1", "description": "вычисления", "max": 6},
                      {"code": "2", "description": "задача", "max": 4, "group": "задачи"}],
         "scale": [{"mark": 2, "min": 0}, {"mark": 3, "min": 5}, {"mark": 4, "min": 7},
                   {"mark": 5, "min": \(five), "groups": {"задачи": 3}}],
         "columns": [{"class": "7А", "subject": "Алгебра", "date": "2026-10-10", "work": "контрольная работа"}]}
        """
    }

    private let scores = """
    class,subject,date,work,student,criterion,points
    7А,Алгебра,2026-10-10,контрольная работа,Иванов Иван,1,6
    7А,Алгебра,2026-10-10,контрольная работа,Иванов Иван,2,3
    7А,Алгебра,10.10.2026,контрольная работа,Петрова Анна,1,5
    """

    @Test func importsARubricScoresItAndReDerivesOnANewScale() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        #expect(try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db]).status == 0)
        let imported = try ZhurnalProcess.run(["import", "rubric", try folder.write("k.json", text: rubric(five: 9)),
                                               "--db", db, "--lang", "en"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("imported rubric \"Контрольная 1\"; columns: 1; marks re-derived: 0"))
        let scored = try ZhurnalProcess.run(["import", "rubric-scores", try folder.write("s.csv", text: scores),
                                             "--db", db, "--lang", "en"])
        #expect(scored.status == 0, "\(scored.stderr)")
        #expect(scored.stdout.contains("imported criteria points for 2 works"))
        let export = try ZhurnalProcess.run(["export", "marks", "--class", "7А", "--db", db])
        #expect(export.stdout.contains("Иванов Иван,5"))
        #expect(export.stdout.contains("Петрова Анна,3"))
        let changed = try ZhurnalProcess.run(["import", "rubric", try folder.write("k2.json", text: rubric(five: 10)),
                                              "--db", db, "--lang", "en"])
        #expect(changed.stdout.contains("updated rubric \"Контрольная 1\"; columns: 1; marks re-derived: 1"))
        let after = try ZhurnalProcess.run(["export", "marks", "--class", "7А", "--db", db])
        #expect(after.stdout.contains("Иванов Иван,4"))
        let json = try ZhurnalProcess.run(["export", "marks", "--class", "7А", "--format", "json", "--db", db])
        let compact = json.stdout.filter { !$0.isWhitespace }
        #expect(compact.contains(#"{"class":"7А","subject":"Алгебра","date":"2026-10-10","work":"контрольнаяработа","student":"ИвановИван","criterion":"2","points":3}"#))
        #expect(compact.contains(#""columns":[{"class":"7А","subject":"Алгебра","date":"2026-10-10","work":"контрольнаяработа","rubric":"Контрольная1","outcomes":[],"level":null}]"#))
    }

    @Test func badRowsAndBadRubricsAreRefused() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        #expect(try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db]).status == 0)
        #expect(try ZhurnalProcess.run(["import", "rubric", try folder.write("k.json", text: rubric(five: 9)), "--db", db]).status == 0)
        let bad = try ZhurnalProcess.run(["import", "rubric-scores", try folder.write("s.csv", text: scores + """

            7А,Алгебра,2026-10-10,контрольная работа,Иванов Иван,9,1
            7А,Алгебра,2026-10-10,контрольная работа,Петрова Анна,2,7
            """), "--db", db, "--lang", "en"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("line 5: the rubric has no criterion 9"))
        #expect(bad.stderr.contains("line 6: 7 is not a number of points for this criterion"))
        let refused = try ZhurnalProcess.run(["import", "rubric", try folder.write("x.json", text: #"{"name":"x","basis":"score","criteria":[],"scale":[]}"#),
                                              "--db", db, "--lang", "ru"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("критерии не загружены: шкала «score»: допустимо points или percent"))
        // A criterion's outcome must be in the catalogue (or among the file's own outcomes).
        let untagged = rubric(five: 9).replacingOccurrences(of: #""max": 6}"#, with: #""max": 6, "outcome": "П9"}"#)
            .replacingOccurrences(of: "Контрольная 1", with: "Контрольная 2")
        let unknown = try ZhurnalProcess.run(["import", "rubric", try folder.write("u.json", text: untagged), "--db", db, "--lang", "en"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("П9"), "\(unknown.stderr)")
        let names = try ZhurnalProcess.run(["export", "marks", "--format", "json", "--db", db]).stdout
        #expect(!names.contains("Контрольная 2"), "nothing of the refused rubric is written")
    }

    /// Иванов: criterion 2 (tagged П1) 3 of 4 → 75.00% базовый; the повышенный column (tagged Р1)
    /// holds his derived 5 → Р1 average 5.00, повышенный.
    @Test func reportStudentJSONHasTheOutcomeProfileAndLevels() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        #expect(try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db]).status == 0)
        let tagged = rubric(five: 9)
            .replacingOccurrences(of: #""max": 4, "group""#, with: #""max": 4, "outcome": "П1", "group""#)
            .replacingOccurrences(of: #""work": "контрольная работа"}]"#,
                                  with: #""work": "контрольная работа", "outcomes": ["Р1"], "level": "advanced"}],"#
                                      + #" "outcomes": [{"code": "П1", "name": "задачи на дроби", "type": "subject"},"#
                                      + #" {"code": "Р1", "name": "планирование решения", "type": "regulatory"}]"#)
        let imported = try ZhurnalProcess.run(["import", "rubric", try folder.write("k.json", text: tagged), "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try ZhurnalProcess.run(["import", "rubric-scores", try folder.write("s.csv", text: scores), "--db", db]).status == 0)
        let report = try ZhurnalProcess.run(["report", "student", "--class", "7А", "--student", "Иванов Иван",
                                             "--term", "1", "--format", "json", "--db", db])
        #expect(report.status == 0, "\(report.stderr)")
        let compact = report.stdout.filter { !$0.isWhitespace }
        #expect(compact.contains(#""outcomes":[{"code":"П1","name":"задачинадроби","type":"subject","earned":3,"available":4,"share":75.00,"average":null,"level":"basic"},{"code":"Р1","name":"планированиерешения","type":"regulatory","earned":0,"available":0,"share":null,"average":5.00,"level":"advanced"}]"#))
        #expect(compact.contains(#""levels":{"basic":{"average":null,"marks":0},"advanced":{"average":5.00,"marks":1}}"#))
        let text = try ZhurnalProcess.run(["report", "student", "--class", "7А", "--student", "Иванов Иван",
                                           "--term", "1", "--db", db, "--lang", "en"])
        #expect(text.stdout.contains("П1 задачи на дроби                 basic 1 · advanced 0 · not reached 4"))
        #expect(text.stdout.contains("advanced: student 5.00 (1) · class 4.00 (2)"))
    }
}
