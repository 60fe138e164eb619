import Foundation
import Testing

/// `zhurnal student arrive|leave|transfer|rename`, `zhurnal import movements` and
/// `zhurnal report movements` on the fixture journal (7А: five students with marks in
/// September) plus a 7Б of three.
@Suite("zhurnal student, import movements, report movements")
struct MovementCommandTests {
    static let otherClass = """
    класс,фамилия,имя,отчество
    7Б,Зайцев,Павел,Андреевич
    7Б,Зайцев,Павел,Ильич
    7Б,Белова,Ольга,
    """

    private func journal(in folder: TemporaryFolder) throws -> String {
        let db = try Fixtures.journal(in: folder)
        #expect(try ZhurnalProcess.run(["import", "roster", try folder.write("b.csv", text: Self.otherClass), "--db", db]).status == 0)
        return db
    }

    private func movementsJSON(_ db: String) throws -> [String: Any] {
        let result = try ZhurnalProcess.run(["report", "movements", "--term", "1", "--format", "json", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    private func line(_ json: [String: Any], _ className: String) throws -> [String: Any] {
        let classes = try #require(json["classes"] as? [[String: Any]])
        return try #require(classes.first { $0["class"] as? String == className })
    }

    /// Each subcommand once; the movement report counts them (7А: 5 at start, one arrived, one
    /// left for «переезд», one moved to 7Б, 4 at the end; 7Б: 3 + 1 moved in).
    @Test func eachSubcommandIsRecordedAndCounted() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let commands: [([String], String)] = [
            (["arrive", "--class", "7а", "--student", "Новиков Олег Игоревич", "--date", "05.10.2026", "--order", "12-у"],
             "Новиков Олег Игоревич: прибытие в 7А с 05.10.2026"),
            (["leave", "--class", "7А", "--student", "Орлов Глеб", "--date", "2026-10-10", "--reason", "переезд", "--order", "15-в"],
             "Орлов Глеб: выбытие из 7А 10.10.2026"),
            (["transfer", "--class", "7А", "--student", "петрова анна", "--to", "7 б", "--date", "2026-10-01"],
             "Петрова Анна: перевод из 7А в 7Б с 01.10.2026"),
            (["rename", "--class", "7А", "--student", "Кузнецова Мария", "--name", "Смирнова Мария Олеговна", "--date", "2026-10-12"],
             "Кузнецова Мария Олеговна (7А): новое имя Смирнова Мария Олеговна с 12.10.2026"),
        ]
        for (arguments, said) in commands {
            let result = try ZhurnalProcess.run(["student"] + arguments + ["--db", db, "--lang", "ru"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect((result.stdout + result.stderr).contains(said), "\(result.stdout)\(result.stderr)")
        }
        let json = try movementsJSON(db)
        let a = try line(json, "7А"), b = try line(json, "7Б")
        #expect(a["at_start"] as? Int == 5 && a["arrived"] as? Int == 1 && a["left"] as? Int == 1)
        #expect(a["transferred_out"] as? Int == 1 && a["at_end"] as? Int == 4)
        #expect(a["left_by_reason"] as? [String: Int] == ["переезд": 1])
        #expect(b["at_start"] as? Int == 3 && b["transferred_in"] as? Int == 1 && b["at_end"] as? Int == 4)
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["at_start"] as? Int == 8 && totals["at_end"] as? Int == 8)
        let events = try #require(a["movements"] as? [[String: Any]])
        #expect(events.map { $0["event"] as? String } == ["transfer_out", "arrive", "leave"])
        #expect(events[1]["order"] as? String == "12-у" && events[0]["other_class"] as? String == "7Б")
        let names = try ZhurnalProcess.run(["report", "attendance", "--class", "7А", "--term", "1", "--format", "csv", "--db", db])
        #expect(names.stdout.contains("Смирнова Мария"), "\(names.stdout)")
    }

    /// Every refusal: one line, exit 1, and the journal's students and movements as before.
    @Test func refusalsChangeNothing() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        _ = try ZhurnalProcess.run(["student", "leave", "--class", "7Б", "--student", "Белова Ольга", "--date", "2026-10-20", "--db", db])
        let before = try ZhurnalProcess.run(["report", "movements", "--term", "1", "--format", "json", "--db", db]).stdout
        let refused: [([String], String)] = [
            (["arrive", "--class", "9Я", "--student", "Новиков Олег", "--date", "2026-10-05"], "нет класса 9Я"),
            (["arrive", "--class", "7А", "--student", "Иванов Иван", "--date", "2026-10-05"], "отметки в классе до 05.10.2026"),
            (["arrive", "--class", "7А", "--student", "Новиков", "--date", "2026-10-05"], "нет ученика «Новиков»"),
            (["leave", "--class", "7А", "--student", "Нетакой Ученик", "--date", "2026-10-05"], "нет ученика «Нетакой Ученик»"),
            (["leave", "--class", "7Б", "--student", "Зайцев Павел", "--date", "2026-10-05"], "несколько учеников"),
            (["leave", "--class", "7А", "--student", "Орлв Глеб", "--date", "2026-10-05"], "может быть, «Орлов Глеб»?"),
            (["leave", "--class", "7А", "--student", "Иванов Иван", "--date", "2026-09-10"], "отметки в классе после 10.09.2026"),
            (["leave", "--class", "7Б", "--student", "Белова Ольга", "--date", "2026-10-01"], "более позднее движение"),
            (["transfer", "--class", "7А", "--student", "Иванов Иван", "--to", "8В", "--date", "2026-10-01"], "нет класса 8В"),
            (["transfer", "--class", "7А", "--student", "Иванов Иван", "--to", "7А", "--date", "2026-10-01"], "не числится"),
            (["rename", "--class", "7А", "--student", "Иванов Иван", "--name", "Иванов", "--date", "2026-10-01"], "нужны фамилия и имя"),
            (["rename", "--class", "7А", "--student", "Иванов Иван", "--name", "Иванов Иван\u{202E}", "--date", "2026-10-01"],
             "управляющий символ (U+202E)"),
            (["arrive", "--class", "7А", "--student", "Новиков\u{7} Олег", "--date", "2026-10-01"], "управляющий символ (U+0007)"),
            (["leave", "--class", "7А", "--student", "Орлов Глеб", "--reason", "пере\u{202E}езд", "--date", "2026-10-10"],
             "управляющий символ (U+202E)"),
        ]
        for (arguments, said) in refused {
            let result = try ZhurnalProcess.run(["student"] + arguments + ["--db", db, "--lang", "ru"])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(said), "\(arguments): \(result.stderr)")
        }
        let usage = try ZhurnalProcess.run(["student", "transfer", "--class", "7А", "--student", "Иванов Иван", "--date", "2026-10-01", "--db", db])
        #expect(usage.status == 2, "\(usage.stderr)")
        #expect(try ZhurnalProcess.run(["report", "movements", "--term", "1", "--format", "json", "--db", db]).stdout == before)
    }

    /// A file as Russian Excel saves it (`;`, Windows-1251): recorded; a file with bad rows:
    /// each listed by line, nothing recorded.
    @Test func importMovementsAllOrNothing() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let bad = """
        класс;ученик;событие;дата;в класс;причина;приказ
        7А;Новиков Олег;прибыл;05.10.2026;;;1
        7А;Иванов Иван;выбыл;10.09.2026;;;
        7А;Петрова Анна;сбежал;01.10.2026;;;
        """
        let refused = try ZhurnalProcess.run(["import", "movements", try folder.write("bad.csv", text: bad), "--db", db, "--lang", "ru"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("строка 4: событие «сбежал»"), "\(refused.stderr)")
        let journalRefused = try ZhurnalProcess.run(["import", "movements",
                                                     try folder.write("bad2.csv", text: bad.replacingOccurrences(of: "сбежал", with: "выбыл")),
                                                     "--db", db, "--lang", "en"])
        #expect(journalRefused.status == 1)
        #expect(journalRefused.stderr.contains("line 3: The student has marks in the class after 10.09.2026"), "\(journalRefused.stderr)")
        #expect(journalRefused.stderr.contains("1 bad row"), "\(journalRefused.stderr)")
        let empty = try line(try movementsJSON(db), "7А")
        #expect(empty["arrived"] as? Int == 0 && empty["left"] as? Int == 0)

        let good = """
        класс;ученик;событие;дата;в класс;причина;приказ\r
        7А;Новиков Олег;прибыл;05.10.2026;;;1\r
        7А;Новиков Олег;перевод;12.10.2026;7Б;;2\r
        7А;Орлов Глеб;выбыл;20.10.2026;;в другую школу;3\r
        """
        let path = try folder.write("good.csv", Fixtures.windows1251(good))
        let imported = try ZhurnalProcess.run(["import", "movements", path, "--db", db, "--lang", "ru"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect((imported.stdout + imported.stderr).contains("записано движений: 3"))
        let json = try movementsJSON(db)
        let a = try line(json, "7А"), b = try line(json, "7Б")
        #expect(a["arrived"] as? Int == 1 && a["transferred_out"] as? Int == 1 && a["left_by_reason"] as? [String: Int] == ["в другую школу": 1])
        #expect(b["transferred_in"] as? Int == 1 && b["at_end"] as? Int == 4)
    }

    /// The text and CSV reports: a line per class, the totals, the reasons; the class teacher's
    /// report shows the class's movement.
    @Test func textAndCSVReportsAndTheClassTeachersReport() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        #expect(try ZhurnalProcess.run(["student", "leave", "--class", "7А", "--student", "Орлов Глеб", "--date", "2026-10-10",
                                        "--reason", "переезд", "--db", db]).status == 0)
        let text = try ZhurnalProcess.run(["report", "movements", "--term", "1", "--db", db, "--lang", "ru"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Движение учащихся: 1 четверть"))
        #expect(text.stdout.contains("Выбыли по причинам: переезд — 1"))
        #expect(text.stdout.contains("Орлов Глеб — выбытие 10.10.2026 (переезд)"), "\(text.stdout)")
        let totals = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("Итого") })
        #expect(totals.split(separator: " ") == ["Итого", "8", "0", "0", "1", "0", "7"], "\(totals)")
        let csv = try ZhurnalProcess.run(["report", "movements", "--term", "1", "--format", "csv", "--db", db])
        #expect(csv.stdout.contains("1,7А,5,0,0,1,0,4,переезд: 1"), "\(csv.stdout)")
        #expect(csv.stdout.contains("1,total,8,0,0,1,0,7,переезд: 1"), "\(csv.stdout)")
        let html = try ZhurnalProcess.run(["report", "movements", "--term", "1", "--format", "html", "--db", db, "--lang", "ru"])
        #expect(html.status == 0 && html.stdout.contains("<h1>Движение учащихся: все классы, 1 четверть</h1>")
                && html.stdout.contains("<tfoot>\n<tr><td>Итого</td><td>8</td>"), "\(html.stdout)")
        let teacher = try ZhurnalProcess.run(["report", "class-teacher", "--class", "7А", "--term", "1", "--db", db, "--lang", "ru"])
        #expect(teacher.status == 0, "\(teacher.stderr)")
        #expect(teacher.stdout.contains("Движение учащихся") && teacher.stdout.contains("Орлов Глеб — выбытие 10.10.2026 (переезд)"),
                "\(teacher.stdout)")
        let page = try ZhurnalProcess.run(["report", "class-teacher", "--class", "7А", "--term", "1", "--format", "html", "--db", db,
                                           "--lang", "ru"])
        #expect(page.stdout.contains("<h2>Движение учащихся</h2>") && page.stdout.contains("<li>Орлов Глеб — выбытие 10.10.2026 (переезд)</li>"),
                "\(page.stdout)")
        let json = try ZhurnalProcess.run(["report", "class-teacher", "--class", "7А", "--term", "1", "--format", "json", "--db", db])
        #expect(json.stdout.contains("\"movement\"") && json.stdout.contains("\"left_by_reason\""), "\(json.stdout)")
    }

    /// Rights (as staff through `SUDO_USER`): the class teacher of 7А records his class's
    /// movements but not a transfer into 7Б, whose list is not his; a subject teacher records none
    /// and may not read the school's movement report; a term the calendar lacks is refused.
    @Test func rightsOfStaffAndAnUnknownTerm() throws {
        let folder = try TemporaryFolder()
        let db = try journal(in: folder)
        let staff = """
        login,last_name,first_name,middle_name,roles
        admin,Орлова,Ольга,,администратор
        kuz,Кузьмина,Вера,,учитель|классный_руководитель:7А
        ivanova,Иванова,Ирина,,учитель
        """
        #expect(try ZhurnalProcess.run(["import", "staff", try folder.write("s.csv", text: staff), "--db", db],
                                       environment: ["SUDO_USER": "admin"]).status == 0)
        let before = try ZhurnalProcess.run(["report", "movements", "--term", "1", "--format", "json", "--db", db],
                                            environment: ["SUDO_USER": "admin"]).stdout
        let leave = ["student", "leave", "--class", "7А", "--student", "Орлов Глеб", "--date", "2026-10-10", "--db", db, "--lang", "en"]
        let transfer = ["student", "transfer", "--class", "7А", "--student", "Петрова Анна", "--to", "7Б", "--date", "2026-10-01",
                        "--db", db, "--lang", "en"]
        for (arguments, login) in [(leave, "ivanova"), (transfer, "kuz")] {
            let result = try ZhurnalProcess.run(arguments, environment: ["SUDO_USER": login])
            #expect(result.status == 1 && result.stderr.contains("Not allowed"), "\(login): \(result.stderr)")
        }
        let report = try ZhurnalProcess.run(["report", "movements", "--db", db, "--lang", "en"], environment: ["SUDO_USER": "ivanova"])
        #expect(report.status == 1 && report.stderr.contains("Not allowed to read"), "\(report.stderr)")
        #expect(try ZhurnalProcess.run(["report", "movements", "--term", "1", "--format", "json", "--db", db],
                                       environment: ["SUDO_USER": "admin"]).stdout == before)
        #expect(try ZhurnalProcess.run(leave, environment: ["SUDO_USER": "kuz"]).status == 0)
        let noTerm = try ZhurnalProcess.run(["report", "movements", "--term", "6", "--db", db, "--lang", "en"],
                                            environment: ["SUDO_USER": "admin"])
        #expect(noTerm.status == 1 && noTerm.stderr.split(separator: "\n").count == 1, "\(noTerm.stderr)")
    }
}
