import Foundation
import Testing

/// A school journal seen by one staff member (`SUDO_USER`, the test running as the file's owner):
/// petrov teaches 7А Русский язык and is 7А's class teacher. His journal comes first, then the
/// other subject of his class, and 8Б's journal not at all; he reads 7А Алгебра but cannot type
/// into it, and F7 (lock the term) is refused with the right it needs.
extension JournalEndToEndTests {
    private static let staffSchool: [(String, String)] = [
        ("roster", """
            класс,фамилия,имя,отчество
            7А,Иванов,Иван,Петрович
            7А,Петрова,Анна,
            8Б,Сидоров,Пётр,Ильич
            """),
        ("marks", """
            class,subject,date,work,weight,student,mark
            7А,Алгебра,2026-09-05,тест,,Иванов Иван,4
            7А,Алгебра,2026-09-05,тест,,Петрова Анна,5
            """),
        ("curriculum", """
            class,subject,teacher,hours
            7А,Алгебра,ivanova,3
            7А,Русский язык,petrov,4
            8Б,Физика,ivanova,2
            """),
        ("staff", """
            login,last_name,first_name,middle_name,roles
            admin,Орлова,Ольга,Петровна,admin
            ivanova,Иванова,Ирина,Ивановна,teacher
            petrov,Петров,Пётр,,teacher|class_teacher:7А
            """),
    ]

    @Test func aTeacherSeesHisJournalsFirstAndCannotTypeIntoAColleagues() throws {
        let folder = try TestFolder()
        let db = folder.path("journal.sqlite")
        for (kind, text) in Self.staffSchool {
            let file = folder.path("\(kind).csv")
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            let result = try Zhurnal.run(["import", kind, file, "--db", db], environment: ["SUDO_USER": "admin"])
            #expect(result.status == 0, "\(kind): \(result.stderr)")
        }
        let marks = { try Zhurnal.run(["export", "marks", "--db", db], environment: ["SUDO_USER": "admin"]).stdout }
        let before = try marks()
        let tmux = try Tmux()
        let pane = try tmux.start(["--db", db, "--lang", "ru"], environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color",
                                                                             "SUDO_USER": "petrov"])
        let first = try pane.waitFor("Отбор:", "Русский язык")
        let lines = first.split(separator: "\n").map(String.init)
        let own = lines.firstIndex { $0.contains("7А") && $0.contains("Русский язык") }
        let colleague = lines.firstIndex { $0.contains("7А") && $0.contains("Алгебра") }
        #expect(own != nil && colleague != nil && own! < colleague!, "\(first)")
        #expect(!first.contains("8Б") && !first.contains("Физика"), "\(first)")
        try pane.type("алг")
        try pane.waitFor("Отбор: алг")
        try pane.press("Enter")
        try pane.waitFor("7А · Алгебра")
        try pane.type("3")
        try pane.press("Enter")
        try pane.waitFor("Нет права вести журнал этого класса и предмета")
        try pane.press("F7")
        try pane.waitFor("Нет права закрывать и открывать периоды")
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
        #expect(try marks() == before)
    }
}
