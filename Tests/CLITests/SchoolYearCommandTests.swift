import Foundation
import Testing

/// The school year from the command line: curriculum, calendar, timetable and plan imports,
/// `lessons generate` and `export lessons`, driven through the built binary.
@Suite struct SchoolYearCommandTests {
    static let curriculum = "class,subject,teacher,hours\n7А,Алгебра,,3\n7А,Русский язык,,4\n"
    static let calendar = """
        kind,number,start,end,grades
        term,1,2026-09-01,2026-10-24,
        term,2,2026-11-03,2026-12-28,
        term,3,2027-01-09,2027-03-21,
        term,4,2027-03-31,2027-05-26,
        holiday,,2026-10-25,2026-11-02,
        """
    static let timetable = "класс;день;урок;предмет\n7А;пн;1;Алгебра\n7А;пн;2;Алгебра\n7А;ср;1;Русский язык\n"
    static let plan = "class,subject,number,topic,homework\n7А,Алгебра,1,Числа,§ 1\n7А,Алгебра,2,Дроби,§ 2\n"

    /// A new journal set up from the four files, without a roster or a mark.
    private func school(_ folder: TemporaryFolder) throws -> String {
        let db = folder.path("journal.sqlite")
        for (what, text) in [("curriculum", Self.curriculum), ("calendar", Self.calendar), ("timetable", Self.timetable),
                             ("plan", Self.plan)] {
            let result = try ZhurnalProcess.run(["import", what, try folder.write("\(what).csv", text: text), "--db", db])
            #expect(result.status == 0, "\(what): \(result.stderr)")
        }
        return db
    }

    @Test func generateTwiceThenExportTheLessons() throws {
        let folder = try TemporaryFolder()
        let db = try school(folder)
        let first = try ZhurnalProcess.run(["lessons", "generate", "--from", "2026-09-01", "--to", "2026-10-31", "--db", db,
                                            "--lang", "en"])
        #expect(first.status == 0, "\(first.stderr)")
        // Seven Mondays of two algebra lessons, eight Wednesdays of Russian before the holidays.
        #expect(first.stdout.contains("lessons created: 22 (classes with a timetable: 1); topics from the plan: 2"), "\(first.stdout)")
        let again = try ZhurnalProcess.run(["lessons", "generate", "--from", "01.09.2026", "--to", "31.10.2026", "--db", db,
                                            "--lang", "en"])
        #expect(again.stdout.contains("lessons created: 0"), "\(again.stdout)")
        let csv = try ZhurnalProcess.run(["export", "lessons", "--class", "7а", "--subject", "алгебра", "--term", "1", "--db", db])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "date,lesson,work,topic,homework,marks")
        #expect(lines.dropFirst().first == "2026-09-07,1,ответ на уроке,Числа,§ 1,0")
        #expect(lines.count == 1 + 14)
        let json = try ZhurnalProcess.run(["export", "lessons", "--class", "7А", "--subject", "Алгебра", "--format", "json",
                                           "--db", db])
        for field in ["\"class\": \"7А\"", "\"subject\": \"Алгебра\"", "\"lessons\": [", "\"date\": \"2026-09-07\"",
                      "\"lesson\": 2", "\"topic\": \"Дроби\"", "\"homework\": \"§ 2\"", "\"marks\": 0"] {
            #expect(json.stdout.contains(field), "\(field)")
        }
    }

    @Test func oneClassAndSubjectAndRefusals() throws {
        let folder = try TemporaryFolder()
        let db = try school(folder)
        let russian = try ZhurnalProcess.run(["lessons", "generate", "--from", "2026-09-07", "--to", "2026-09-13",
                                              "--class", "7А", "--subject", "Русский язык", "--db", db, "--lang", "en"])
        #expect(russian.stdout.contains("lessons created: 1 "), "\(russian.stdout)")
        let reversed = try ZhurnalProcess.run(["lessons", "generate", "--from", "2026-09-13", "--to", "2026-09-07", "--db", db,
                                               "--lang", "en"])
        #expect(reversed.status == 1)
        #expect(reversed.stderr.contains("--to 2026-09-07 is before --from 2026-09-13"))
        let unknown = try ZhurnalProcess.run(["lessons", "generate", "--from", "2026-09-07", "--to", "2026-09-13",
                                              "--class", "9Я", "--db", db, "--lang", "ru"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("нет класса 9Я"))
        let badDate = try ZhurnalProcess.run(["lessons", "generate", "--from", "вчера", "--to", "2026-09-13", "--db", db])
        #expect(badDate.status == 2)
        let missing = try ZhurnalProcess.run(["export", "lessons", "--class", "7А", "--db", db])
        #expect(missing.status == 2)
    }

    @Test func aBadTimetableIsRefusedByLineAndChangesNothing() throws {
        let folder = try TemporaryFolder()
        let db = try school(folder)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let bad = "class,weekday,lesson,subject\n7А,пн,1,Алгебра\n7А,пн,1,Русский язык\n7А,вс,0,Алгебра\n"
        let result = try ZhurnalProcess.run(["import", "timetable", try folder.write("bad.csv", text: bad), "--db", db,
                                             "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 3: 7А already has lesson 1 on mon"))
        #expect(result.stderr.contains("line 4: lesson number \"0\": allowed are 1–10"))
        #expect(result.stderr.contains("2 bad rows; nothing was imported"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
    }
}
