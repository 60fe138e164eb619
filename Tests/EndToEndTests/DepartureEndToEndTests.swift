import Foundation
import Testing

/// A class teacher records a departure on the class list (F4 on the first screen), then the
/// journal grid at 80×24 shades the student's row after his last day and refuses a mark there:
/// the file keeps only his mark of before.
@Suite struct DepartureEndToEndTests {
    /// `days` before today on this computer, as the program's clock sees it.
    private static func day(_ days: Int) -> (iso: String, russian: String, dayMonth: String) {
        let date = Calendar.current.date(byAdding: .day, value: -days, to: Date())!
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        let (y, m, d) = (parts.year!, parts.month!, parts.day!)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return ("\(y)-\(two(m))-\(two(d))", "\(two(d)).\(two(m)).\(y)", "\(two(d)).\(two(m))")
    }

    @Test func aDepartedStudentsRowIsShadedAndRefusesAMark() throws {
        let folder = try TestFolder()
        let db = folder.path("journal.sqlite")
        let (before, after, last) = (Self.day(20), Self.day(10), Self.day(5))
        var marks = "class,subject,date,work,weight,student,mark\n7А,Алгебра,\(before.iso),ответ на уроке,,Азаров Иван,5\n"
        for student in ["Белова Анна", "Волков Пётр", "Громова Ольга", "Дёмин Олег"] {
            for date in [before, after, last] { marks += "7А,Алгебра,\(date.iso),ответ на уроке,,\(student),4\n" }
        }
        // One term around today, whatever the date the test runs on.
        let files: [(String, String)] = [
            ("curriculum", "класс,предмет\n7А,Алгебра\n"),
            ("calendar", "kind,number,start,end,grades\nterm,1,\(Self.day(60).iso),\(Self.day(-60).iso),\n"),
            ("roster", "класс,фамилия,имя\n7А,Азаров,Иван\n7А,Белова,Анна\n7А,Волков,Пётр\n7А,Громова,Ольга\n7А,Дёмин,Олег\n"),
            ("marks", marks),
        ]
        for (what, text) in files {
            let path = folder.path("\(what).csv")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let result = try Zhurnal.run(["import", what, path, "--db", db])
            try #require(result.status == 0, "\(what): \(result.stderr)")
        }
        let exported = try Zhurnal.exportedMarks(db)
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"], width: 80, height: 24)
        try pane.waitFor("Отбор:")
        try pane.press("F4")
        try pane.waitFor("Список класса 7А")
        // Азаров, the first of the list, leaves the day after his mark: his last day is 15 days ago.
        try pane.press("F8")
        try pane.waitFor("Азаров Иван — выбытие")
        try pane.type(Self.day(15).russian)
        try pane.press("Tab")
        try pane.type("переезд")
        try pane.press("Tab")
        try pane.type("15-в")
        try pane.press("Enter")
        try pane.waitFor("Азаров Иван: выбытие записано")
        let roster = try pane.waitFor("выбытие \(Self.day(15).russian) (переезд), приказ № 15-в")
        #expect(roster.contains("Азаров Иван"), "\(roster)")
        try pane.press("Escape")
        let grid = try pane.openJournal(filter: "7а алг", title: "7А · Алгебра ·")
        #expect(GridText.cell(grid, student: "Азаров И.", column: before.dayMonth) == "5", "\(grid)")
        #expect(GridText.cell(grid, student: "Азаров И.", column: after.dayMonth) == "░░░░░", "\(grid)")
        // The cursor starts on his cell of the last lesson (every column has marks): a mark is refused.
        #expect(GridText.cell(grid, student: "Азаров И.", column: last.dayMonth) == "░░░░░", "\(grid)")
        try pane.type("4")
        try pane.waitFor("Ученик не числится в классе \(last.russian)")
        try pane.press("Enter")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
        #expect(try Zhurnal.exportedMarks(db) == exported)
    }
}
