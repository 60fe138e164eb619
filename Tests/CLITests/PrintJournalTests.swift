import Foundation
import Testing

/// `zhurnal print journal`: the journal page to archive, as A4 landscape text (to `lpr` with
/// `--print`) and as HTML; the period named by the calendar; the teacher from the acting user's
/// full name, a line to fill in by hand when there is none.
@Suite struct PrintJournalTests {
    @Test func textPageHasStudentsByDatesAndAStatisticsRow() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let result = try ZhurnalProcess.run(["print", "journal", "--class", "7а", "--subject", "алгебра", "--term", "1",
                                             "--db", db, "--lang", "ru", "--teacher", "Петрова А. А."])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines[0] == "Лист 1 из 2")
        #expect(lines.contains("Классный журнал: 7А, Алгебра, 1 четверть"))
        #expect(lines.contains { $0.hasPrefix("Учитель: Петрова А. А.") })
        let header = try #require(lines.first { $0.contains("05.09") })
        #expect(header.range(of: #"^ +№ Ученик +05\.09 +12\.09 +19\.09 Ср\. балл +Итог$"#, options: .regularExpression) != nil, "\(header)")
        #expect(lines.contains { $0.range(of: #"^ +1 Иванов Иван +2 +4 +5 +3\.60 +4$"#, options: .regularExpression) != nil },
                "\(result.stdout)")
        // Each lesson's column: the mean of its numeric marks (a double mark counts its first).
        // 05.09: 2, 5, 3, 5 → 15/4 = 3.75; 12.09: 4, 5, 4 → 4.33; 19.09: 5, 4, 2 → 3.67.
        #expect(lines.contains { $0.range(of: #"^ +Средний балл +3\.75 +4\.33 +3\.67$"#, options: .regularExpression) != nil },
                "\(result.stdout)")
        #expect(lines.contains { $0.range(of: #"^ +Успеваемость +75\.00 +100\.00 +66\.67$"#, options: .regularExpression) != nil })
        #expect(lines.allSatisfy { $0.count <= 132 })
        #expect(result.stdout.contains("Проведённые уроки"))
        #expect(result.stdout.contains("05.09.2026  тест"))
        #expect(result.stdout.contains("Заместитель директора ____________________ / ____________________ /"))
    }

    @Test func htmlPageIsOneTableWithTheStatisticsInItsFoot() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let result = try ZhurnalProcess.run(["print", "journal", "--class", "7А", "--subject", "Алгебра", "--term", "1",
                                             "--format", "html", "--db", db, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<h1>Class journal: 7А, Алгебра, quarter 1</h1>"))
        #expect(html.contains("size: A4 landscape"))
        #expect(html.contains("<th title=\"\">05.09<br/>T</th>"))
        #expect(html.contains("<tr><td>1</td><td>Иванов Иван</td><td>2</td><td>4</td><td>5</td><td>3.60</td><td>4</td></tr>"))
        #expect(html.contains("<tfoot>\n<tr><td></td><td>Mean mark</td><td>3.75</td><td>4.33</td><td>3.67</td>"))
        #expect(html.contains("Lessons held"))
    }

    @Test func teacherIsTheActingUsersFullNameOrABlankLine() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let unknown = try ZhurnalProcess.run(["print", "journal", "--class", "7А", "--subject", "Алгебра", "--term", "1",
                                              "--db", db, "--lang", "ru"], environment: ["SUDO_USER": "no-such-login-zhurnal"])
        #expect(unknown.status == 0, "\(unknown.stderr)")
        #expect(unknown.stdout.contains("Учитель: ____________________   Дата:"))
        #expect(unknown.stdout.contains("Учитель ____________________ / ____________________ /"))
        #expect(!unknown.stdout.contains("root"))
        // A login of this machine whose GECOS holds a name (e.g. «Mailing List Manager»).
        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? ""
        let named = passwd.split(separator: "\n").map { $0.split(separator: ":", omittingEmptySubsequences: false) }.first { fields in
            fields.count > 4 && !fields[4].isEmpty && fields[4].split(separator: ",").first.map { String($0) != String(fields[0]) } ?? false
        }
        guard let named else { return }
        let name = String(named[4].split(separator: ",")[0])
        let known = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--subject", "Алгебра", "--term", "1",
                                            "--db", db, "--lang", "ru"], environment: ["SUDO_USER": String(named[0])])
        #expect(known.stdout.contains("Учитель: \(name)   Дата:"), "\(known.stdout)")
    }

    @Test func refusals() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let noSubject = try ZhurnalProcess.run(["print", "journal", "--class", "7А", "--db", db])
        #expect(noSubject.status == 2)
        let json = try ZhurnalProcess.run(["print", "journal", "--class", "7А", "--subject", "Алгебра", "--format", "json", "--db", db])
        #expect(json.status == 2)
        let unknown = try ZhurnalProcess.run(["print", "journal", "--class", "9Я", "--subject", "Алгебра", "--db", db, "--lang", "ru"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("9Я"))
        #expect(unknown.stdout.isEmpty)
        let badTerm = try ZhurnalProcess.run(["print", "journal", "--class", "7А", "--subject", "Алгебра", "--term", "5", "--db", db])
        #expect(badTerm.status == 1)
        #expect(badTerm.stderr.contains("no term 5"))
        let what = try ZhurnalProcess.run(["print", "diary", "--db", db])
        #expect(what.status == 2)
    }
}
