import Foundation
import Testing

/// `zhurnal report risk` and `zhurnal report student` on the hand-computed fixture journal.
@Suite("zhurnal report risk and student")
struct ProgressCommandTests {
    /// A journal with the fixture roster, marks and final marks.
    private func journal(in folder: TemporaryFolder) throws -> String {
        let db = folder.path("journal.sqlite")
        #expect(try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db]).status == 0)
        #expect(try ZhurnalProcess.run(["import", "marks", try folder.write("m.csv", text: Fixtures.marks), "--db", db]).status == 0)
        #expect(try ZhurnalProcess.run(["import", "final-marks", try folder.write("f.csv", text: Fixtures.finalMarks),
                                        "--db", db]).status == 0)
        return db
    }

    /// Term 1 is over (the card looks from 31 October): Сидоров 2.54 with two marks and one
    /// absence in three lessons; Кузнецова one absence in three (33.33% > 30%); Орлов exempt.
    /// Ranked: Сидоров (projected н/а) before Кузнецова (projected 4).
    @Test func riskReportJSON() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let result = try ZhurnalProcess.run(["report", "risk", "--class", "7А", "--term", "1", "--format", "json", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = """
        {
          "class": "7А",
          "term": 1,
          "as_of": "2026-10-31",
          "enrolled": 5,
          "at_risk": 2,
          "share": 40.00,
          "declining": 0,
          "subjects": [
            {
              "subject": "Алгебра",
              "students": 5,
              "at_risk": 2,
              "share": 40.00,
              "declining": 0
            }
          ],
          "students": [
            {
              "name": "Сидоров Пётр",
              "subjects": [
                {
                  "subject": "Алгебра",
                  "average": 2.54,
                  "projected": "н/а",
                  "reasons": [
                    {
                      "rule": "low_average",
                      "average": 2.54
                    },
                    {
                      "rule": "few_marks",
                      "marks": 2,
                      "minimum": 3,
                      "days_left": 0
                    },
                    {
                      "rule": "absences",
                      "missed": 1,
                      "lessons": 3,
                      "percent": 33.33
                    }
                  ]
                }
              ]
            },
            {
              "name": "Кузнецова Мария",
              "subjects": [
                {
                  "subject": "Алгебра",
                  "average": 4.33,
                  "projected": "4",
                  "reasons": [
                    {
                      "rule": "absences",
                      "missed": 1,
                      "lessons": 3,
                      "percent": 33.33
                    }
                  ]
                }
              ]
            }
          ],
          "declining_students": []
        }

        """
        #expect(result.stdout == expected)
    }

    @Test func riskReportText() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let result = try ZhurnalProcess.run(["report", "risk", "--class", "7А", "--term", "1", "--db", db, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  Алгебра          2/5   40.00%\n  whole class      2/5   40.00%\n"))
        #expect(result.stdout.contains("  1. Сидоров Пётр\n    Алгебра (projected н/а): average 2.54, "))
        #expect(result.stdout.contains("  2. Кузнецова Мария\n    Алгебра (projected 4): missed 1 of 3 lessons"))
    }

    /// Without `--class` the whole school; `--grade 7` its seventh classes; ranked across them.
    @Test func schoolAndGradeRiskReports() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let school = try ZhurnalProcess.run(["report", "risk", "--term", "1", "--db", db, "--lang", "en"])
        #expect(school.status == 0, "\(school.stderr)")
        #expect(school.stdout.hasPrefix("Risk zone: whole school, quarter 1, as of 31.10.2026\n"))
        #expect(school.stdout.contains("  1. Сидоров Пётр, 7А\n    Алгебра (projected н/а): "))
        #expect(school.stdout.contains("  2. Кузнецова Мария, 7А\n"))
        let grade = try ZhurnalProcess.run(["report", "risk", "--grade", "7", "--term", "1", "--format", "json", "--db", db])
        #expect(grade.status == 0, "\(grade.stderr)")
        let object = try #require(JSONSerialization.jsonObject(with: Data(grade.stdout.utf8)) as? [String: Any])
        #expect(object["grade"] as? Int == 7)
        #expect((object["students"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Сидоров Пётр", "Кузнецова Мария"])
        let none = try ZhurnalProcess.run(["report", "risk", "--grade", "8", "--db", db, "--lang", "en"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no classes of grade 8"))
        let both = try ZhurnalProcess.run(["report", "risk", "--grade", "7", "--class", "7А", "--db", db])
        #expect(both.status == 2)
    }

    /// «Did you mean» for a mistyped command, class, subject and student; a unique surname is enough.
    @Test func mistypedNamesGetASuggestion() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let command = try ZhurnalProcess.run(["imprt", "roster", "x.csv", "--db", db, "--lang", "en"])
        #expect(command.status == 2)
        #expect(command.stderr.contains("did you mean \"import\"?"), "\(command.stderr)")
        let sub = try ZhurnalProcess.run(["report", "sumary", "--db", db, "--lang", "ru"])
        #expect(sub.status == 2)
        #expect(sub.stderr.contains("может быть, «report summary»?"), "\(sub.stderr)")
        let subject = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--subject", "Алгбра", "--db", db, "--lang", "en"])
        #expect(subject.status == 1)
        #expect(subject.stderr.contains("did you mean \"Алгебра\"?"), "\(subject.stderr)")
        let klass = try ZhurnalProcess.run(["report", "risk", "--class", "7 Я", "--db", db, "--lang", "en"])
        #expect(klass.status == 1)
        #expect(klass.stderr.contains("did you mean \"7А\"?"), "\(klass.stderr)")
        let student = try ZhurnalProcess.run(["report", "student", "--class", "7а", "--student", "Сидоро Петр", "--db", db, "--lang", "ru"])
        #expect(student.status == 1)
        #expect(student.stderr.contains("может быть, «Сидоров Пётр»?"), "\(student.stderr)")
        let surname = try ZhurnalProcess.run(["report", "student", "--class", "7А", "--student", "кузнецова", "--term", "1",
                                              "--db", db, "--lang", "en"])
        #expect(surname.status == 0, "\(surname.stderr)")
        #expect(surname.stdout.contains("Кузнецова Мария"))
    }

    @Test func studentCardJSON() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let result = try ZhurnalProcess.run(["report", "student", "--class", "7А", "--student", "Иванов Иван", "--term", "1",
                                             "--format", "json", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["student"] as? String == "Иванов Иван")
        let subject = try #require((object["subjects"] as? [[String: Any]])?.first)
        #expect(subject["recommended"] as? String == "4")
        #expect((subject["term_marks"] as? [String: String]) == ["1": "5"])
        #expect(result.stdout.contains("\"average\": 3.60"))
        let series = try #require(subject["series"] as? [[String: Any]])
        #expect(series.map { $0["average"] as? Double } == [2.00, 3.00, 3.60])
        #expect((subject["reasons"] as? [Any])?.isEmpty == true)
    }

    @Test func unknownStudentIsAUserError() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let result = try ZhurnalProcess.run(["report", "student", "--class", "7А", "--student", "Нетакого Ученика",
                                             "--db", db, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("there is no student \"Нетакого Ученика\" in class 7А"))
        let usage = try ZhurnalProcess.run(["report", "student", "--class", "7А", "--db", db])
        #expect(usage.status == 2)
    }
}
