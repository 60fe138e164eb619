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
}
