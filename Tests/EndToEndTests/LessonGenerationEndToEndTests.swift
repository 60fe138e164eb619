import Foundation
import Testing

/// A new teacher's journal without the demo: the curriculum, the timetable and the roster from
/// files, then «заполнить уроки по расписанию до …» (`g`) in the grid fills the term's lessons;
/// a second run adds none.
@Suite struct LessonGenerationEndToEndTests {
    @Test func theGridFillsTheTermFromTheTimetable() throws {
        let folder = try TestFolder()
        let db = folder.path("journal.sqlite")
        let files: [(String, String)] = [
            ("curriculum", "класс,предмет\n7А,Алгебра\n"),
            ("timetable", "класс;день;урок;предмет\n7А;пн;1;Алгебра\n7А;пн;2;Алгебра\n7А;чт;3;Алгебра\n"),
            ("roster", "класс,фамилия,имя\n7А,Азаров,Иван\n7А,Белова,Анна\n7А,Волков,Пётр\n7А,Громова,Ольга\n7А,Дёмин,Олег\n"),
        ]
        for (what, text) in files {
            let path = folder.path("\(what).csv")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let result = try Zhurnal.run(["import", what, path, "--db", db])
            try #require(result.status == 0, "\(what): \(result.stderr)")
        }
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"], width: 110, height: 30)
        // The pair opens from the curriculum alone: no lessons yet.
        let empty = try pane.openJournal(filter: "7а алг", title: "7А · Алгебра ·")
        #expect(empty.contains("В этом периоде нет уроков"), "\(empty)")
        try pane.press("g")
        try pane.waitFor("По дату")
        try pane.press("Enter")
        let filled = try pane.waitFor("the lessons of the term") { $0.contains("Создано уроков:") }
        let count = filled.range(of: #"Создано уроков: (\d+)"#, options: .regularExpression)
            .flatMap { Int(filled[$0].split(separator: " ").last ?? "") } ?? 0
        #expect(count > 0, "\(filled)")
        try pane.press("g")
        try pane.waitFor("По дату")
        try pane.press("Enter")
        try pane.waitFor("Создано уроков: 0")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
        let exported = try Zhurnal.run(["export", "lessons", "--class", "7А", "--subject", "Алгебра", "--db", db])
        #expect(exported.stdout.split(separator: "\n").count == 1 + count, "\(exported.stdout)")
    }

    /// The class-subject made on screen: settings → classes → the roster's class gets «Алгебра»,
    /// its timetable Monday lesson 1 and Wednesday lesson 1 (typed as «алг»); then the grid fills
    /// the term's first week.
    @Test func aClassSubjectMadeOnScreenAndAWeekOfLessons() throws {
        let folder = try TestFolder()
        let db = folder.path("journal.sqlite")
        let roster = folder.path("roster.csv")
        try "класс,фамилия,имя\n7А,Азаров,Иван\n7А,Белова,Анна\n7А,Волков,Пётр\n7А,Громова,Ольга\n7А,Дёмин,Олег\n"
            .write(toFile: roster, atomically: true, encoding: .utf8)
        try #require(try Zhurnal.run(["import", "roster", roster, "--db", db]).status == 0)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"], width: 110, height: 30)
        try pane.waitFor("В журнале ещё нет классов с предметами")
        try pane.press("F9")
        try pane.waitFor("Настройки")
        try pane.press("F7")
        try pane.waitFor("7А    учеников: 5 · нет предметов")
        try pane.press("Enter")
        try pane.waitFor("Класс 7А")
        try pane.press("Tab")
        try pane.type("Алгебра")
        try pane.press("Enter")
        try pane.waitFor("7А    учеников: 5 · Алгебра")
        try pane.press("Enter")
        try pane.waitFor("Класс 7А")
        try pane.press("F5")
        try pane.waitFor("Расписание 7А")
        try pane.type("алг")
        try pane.press("Enter")
        try pane.press("Right", "Right", "Up")
        try pane.type("алг")
        try pane.press("Enter")
        try pane.waitFor("Расписание сохранено")
        try pane.press("Escape", "Escape", "Escape", "Escape")
        let empty = try pane.openJournal(filter: "7а алг", title: "7А · Алгебра ·")
        #expect(empty.contains("В этом периоде нет уроков"), "\(empty)")
        try pane.press("g")
        var until = ""
        try pane.waitFor("the form with the term's end") { screen in
            guard let range = screen.range(of: #"\d\d\.\d\d\.\d{4}"#, options: .regularExpression) else { return false }
            until = String(screen[range])
            return screen.contains("По дату")
        }
        // The term's first week: its start is on the grid's title line («(01.11–31.12)»).
        let title = try #require(empty.range(of: #"\((\d\d)\.(\d\d)–"#, options: .regularExpression).map { String(empty[$0]) })
        let start = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
                                   year: Int(until.suffix(4)), month: Int(title.dropFirst(4).prefix(2)),
                                   day: Int(title.dropFirst(1).prefix(2)))
        let gregorian = Calendar(identifier: .gregorian)
        let first = try #require(gregorian.date(from: start))
        let weekEnd = try #require(gregorian.date(byAdding: .day, value: 6, to: first))
        let parts = gregorian.dateComponents(in: TimeZone(identifier: "UTC")!, from: weekEnd)
        let typed = String(format: "%02d.%02d.%04d", parts.day ?? 0, parts.month ?? 0, parts.year ?? 0)
        try pane.press("C-u")
        try pane.type(typed)
        try pane.press("Enter")
        // One Monday and one Wednesday in any seven days.
        try pane.waitFor("Создано уроков: 2")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
    }
}
