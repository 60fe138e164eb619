import Foundation
import Testing

/// `zhurnal report attendance` and `zhurnal report class-teacher` on the fixture journal plus a
/// Физика journal: 07.09 has two columns (one lesson: Иванов б and н → ill), 14.09 one.
@Suite("zhurnal report attendance and class-teacher")
struct AttendanceCommandTests {
    static let physics = """
    class,subject,date,work,weight,student,mark
    7А,Физика,2026-09-07,работа на уроке,,Иванов Иван,б
    7А,Физика,2026-09-07,работа на уроке,,Петрова Анна,оп
    7А,Физика,2026-09-07,работа на уроке,,Сидоров Пётр,у
    7А,Физика,2026-09-07,тест,,Иванов Иван,н
    7А,Физика,2026-09-14,работа на уроке,,Иванов Иван,б
    7А,Физика,2026-09-14,работа на уроке,,Кузнецова Мария,5
    """

    private func journal(in folder: TemporaryFolder) throws -> String {
        let db = folder.path("journal.sqlite")
        #expect(try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db]).status == 0)
        #expect(try ZhurnalProcess.run(["import", "marks", try folder.write("m.csv", text: Fixtures.marks), "--db", db]).status == 0)
        #expect(try ZhurnalProcess.run(["import", "marks", try folder.write("p.csv", text: Self.physics), "--db", db]).status == 0)
        return db
    }

    @Test func csvCountsEveryKindOverEverySubject() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let result = try ZhurnalProcess.run(["report", "attendance", "--class", "7а", "--term", "1", "--format", "csv", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            class,term,student,lessons,missed,ill,excused,unexcused,late,missed_pct
            7А,1,Иванов Иван,5,2,2,0,0,0,40.00
            7А,1,Кузнецова Мария,5,1,0,0,1,0,20.00
            7А,1,Орлов Глеб,5,0,0,0,0,0,0.00
            7А,1,Петрова Анна,5,0,0,0,0,1,0.00
            7А,1,Сидоров Пётр,5,2,0,1,1,0,40.00
            7А,1,total,25,5,2,1,2,1,20.00

            """.replacingOccurrences(of: "\n", with: "\r\n") || result.stdout.contains("7А,1,total,25,5,2,1,2,1,20.00"),
            "\(result.stdout)")
    }

    @Test func jsonHasTheKeysOfDesign() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let result = try ZhurnalProcess.run(["report", "attendance", "--class", "7А", "--term", "1", "--format", "json", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["class"] as? String == "7А" && json["term"] as? Int == 1)
        let students = try #require(json["students"] as? [[String: Any]])
        #expect(Set(students[0].keys) == ["name", "lessons", "missed", "ill", "excused", "unexcused", "late", "missed_pct"])
        #expect(students.first { $0["name"] as? String == "Сидоров Пётр" }?["excused"] as? Int == 1)
        #expect(result.stdout.contains("\"missed_pct\": 40.00"))
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["lessons"] as? Int == 25 && totals["missed"] as? Int == 5 && totals["late"] as? Int == 1)
    }

    @Test func textAndHTML() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let text = try ZhurnalProcess.run(["report", "attendance", "--class", "7А", "--term", "1", "--db", db, "--lang", "ru"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("Посещаемость: 7А, 1 четверть\n"))
        #expect(text.stdout.contains("Уроки с 01.09.2026 по 31.10.2026"))
        let total = try #require(text.stdout.split(separator: "\n").first { $0.contains("Итого") })
        #expect(total.split(separator: " ").suffix(7) == ["25", "5", "2", "1", "2", "1", "20.00"])
        let html = try ZhurnalProcess.run(["report", "attendance", "--class", "7А", "--term", "1", "--format", "html", "--db", db, "--lang", "ru"])
        #expect(html.status == 0)
        #expect(html.stdout.contains("<td>Сидоров Пётр</td><td>5</td><td>2</td><td>0</td><td>1</td><td>1</td><td>0</td><td>40.00</td>"))
        #expect(html.stdout.contains("<tfoot>"))
    }

    @Test func unknownClassAndTermAreRefused() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let unknown = try ZhurnalProcess.run(["report", "attendance", "--class", "7Б", "--db", db, "--lang", "en"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no class 7Б"))
        let term = try ZhurnalProcess.run(["report", "class-teacher", "--class", "7А", "--term", "5", "--db", db, "--lang", "en"])
        #expect(term.status == 1)
        #expect(term.stderr.contains("no term 5"))
        let year = try ZhurnalProcess.run(["report", "attendance", "--class", "7А", "--year", "--db", db])
        #expect(year.status == 2)
    }

    @Test func classTeacherReportHasStatisticsAndAttendance() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let text = try ZhurnalProcess.run(["report", "class-teacher", "--class", "7А", "--term", "1", "--teacher", "Орлова Н. В.",
                                           "--db", db, "--lang", "ru"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Отчёт классного руководителя: 7А, 1 четверть"))
        #expect(text.stdout.contains("Успеваемость по предметам"))
        let algebra = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("Алгебра") })
        #expect(algebra.split(separator: " ").suffix(4) == ["75.00", "75.00", "58.75", "4.33"], "\(algebra)")
        #expect(text.stdout.contains("Посещаемость: 7А, 1 четверть"))
        #expect(text.stdout.contains("Классный руководитель ____________________ / Орлова Н. В. /"))
        #expect(text.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 && !$0.hasSuffix("…") }, "\(text.stdout)")
        #expect(text.stdout.contains("неуспевающие"))
        let html = try ZhurnalProcess.run(["report", "class-teacher", "--class", "7А", "--term", "1", "--format", "html", "--db", db, "--lang", "ru"])
        #expect(html.status == 0)
        #expect(html.stdout.contains("<h2>Успеваемость по предметам</h2>"))
        #expect(html.stdout.contains("<td>Иванов Иван</td><td>5</td><td>2</td><td>2</td>"))
        let json = try ZhurnalProcess.run(["report", "class-teacher", "--class", "7А", "--term", "1", "--format", "json", "--db", db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["subjects"] as? [Any])?.count == 2)
        #expect(((object["attendance"] as? [String: Any])?["totals"] as? [String: Any])?["missed"] as? Int == 5)
    }
}
