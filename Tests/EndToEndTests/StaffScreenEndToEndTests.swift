import Foundation
import Testing

/// The administrator of a school journal adds a staff member on screen (settings → F3) and gives
/// him a pair (settings → F9, учебная нагрузка): the new login, refused before, then opens the
/// journal and writes the marks of that pair.
extension JournalEndToEndTests {
    @Test func anAdministratorAddsAStaffMemberOnScreen() throws {
        let folder = try TestFolder()
        let db = folder.path("journal.sqlite")
        let files: [(String, String)] = [
            ("curriculum", "class,subject,teacher,hours\n7А,Алгебра,ivanova,3\n"),
            ("staff", "login,last_name,first_name,middle_name,roles\nadmin,Орлова,Ольга,Петровна,admin\nivanova,Иванова,Ирина,Ивановна,teacher\n"),
            ("roster", "класс,фамилия,имя\n7А,Иванов,Иван\n"),
            ("marks", "class,subject,date,work,weight,student,mark\n7А,Алгебра,2026-09-04,тест,,Иванов Иван,5\n"),
        ]
        for (kind, text) in files {
            let file = folder.path("\(kind).csv")
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            let result = try Zhurnal.run(["import", kind, file, "--db", db], environment: ["SUDO_USER": "admin"])
            #expect(result.status == 0, "\(kind): \(result.stderr)")
        }
        let marks = folder.path("marks.csv")
        try "class,subject,date,work,weight,student,mark\n7А,Алгебра,2026-09-05,тест,,Иванов Иван,4\n"
            .write(toFile: marks, atomically: true, encoding: .utf8)
        let importAsSmirnov = { try Zhurnal.run(["import", "marks", marks, "--db", db], environment: ["SUDO_USER": "smirnov"]) }
        let refused = try importAsSmirnov()
        #expect(refused.status != 0 && refused.stderr.contains("smirnov"), "\(refused.stderr)")

        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"], environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color",
                                                                             "SUDO_USER": "admin"])
        try pane.waitFor("Отбор:", "7А")
        try pane.press("F9")
        try pane.waitFor("Настройки школы")
        try pane.press("F3")
        try pane.waitFor("Орлова О. П.", "Иванова И. И.")
        try pane.press("F3")
        try pane.waitFor("Новый сотрудник")
        try pane.type("smirnov")
        try pane.press("Tab")
        try pane.type("Смирнов")
        try pane.press("Tab")
        try pane.type("Сергей")
        try pane.press("Enter")
        try pane.waitFor("Сотрудник Смирнов С. сохранён")
        try pane.waitFor("smirnov on the list") { $0.contains("smirnov") && $0.contains("Смирнов С.") && $0.contains("учитель") }
        try pane.press("Escape")
        try pane.waitFor("Настройки школы")
        try pane.press("F9")
        try pane.waitFor("Учебная нагрузка", "◂ Иванова И. И. (ivanova) ▸")
        try pane.type("с")
        try pane.waitFor("◂ Смирнов С. (smirnov) ▸")
        try pane.press("Enter")
        try pane.waitFor("Нагрузка сохранена: изменено пар 1")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)

        let allowed = try importAsSmirnov()
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }
}
