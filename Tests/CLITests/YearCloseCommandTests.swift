import Foundation
import Testing

/// `zhurnal year close` through the built binary, on a school year (2025/26) that has ended.
@Suite struct YearCloseCommandTests {
    static let calendar = "kind,number,start,end,grades\nterm,1,2025-09-01,2025-12-28,\nterm,2,2026-01-09,2026-05-26,\n"
    static let roster = "class,last_name,first_name,middle_name\n7А,Иванов,Пётр,\n7А,Смирнова,Ольга,\n9А,Волков,Иван,\n9А,Зайцев,Илья,\n9А,Иванов,Пётр,\n"
    static let marks = "class,subject,date,work,weight,student,mark\n7А,Алгебра,2025-09-10,ответ на уроке,,Смирнова Ольга,5\n"

    private func school(_ folder: TemporaryFolder) throws -> String {
        let db = folder.path("journal.sqlite")
        for (what, text) in [("calendar", Self.calendar), ("roster", Self.roster), ("marks", Self.marks)] {
            let result = try ZhurnalProcess.run(["import", what, try folder.write("\(what).csv", text: text), "--db", db])
            #expect(result.status == 0, "\(what): \(result.stderr)")
        }
        return db
    }

    @Test func closesTheYearAndKeepsItInACopyBesideTheJournal() throws {
        let folder = try TemporaryFolder()
        let db = try school(folder)
        let closed = try ZhurnalProcess.run(["year", "close", "--repeat", "Волков Иван", "--db", db, "--lang", "en"])
        #expect(closed.status == 0, "\(closed.stderr)")
        let copy = folder.path("journal-2025-26.sqlite")
        #expect(closed.stdout.contains("School year 2025/26 closed: classes moved up 1, graduates 2, leavers 0, repeaters 1; "
            + "the closed year is kept in \(copy)"), "\(closed.stdout)")
        let old = try ZhurnalProcess.run(["export", "marks", "--db", copy])
        #expect(old.stdout.contains("7А,Алгебра,2025-09-10"), "\(old.stdout)")
        let now = try ZhurnalProcess.run(["export", "marks", "--db", db])
        #expect(now.status == 0 && now.stdout.split(separator: "\n").count == 1, "\(now.stdout)")
        let student = try ZhurnalProcess.run(["report", "student", "--class", "8А", "--student", "Смирнова", "--db", db])
        #expect(student.status == 0, "\(student.stderr)")
        let repeater = try ZhurnalProcess.run(["report", "student", "--class", "9А", "--student", "Волков", "--db", db])
        #expect(repeater.status == 0, "\(repeater.stderr)")
        let again = try ZhurnalProcess.run(["year", "close", "--db", db, "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("The school year runs until 26.05.2027"), "\(again.stderr)")
    }

    @Test func anUnknownOrAmbiguousRepeaterIsRefusedAndNothingChanges() throws {
        let folder = try TemporaryFolder()
        let db = try school(folder)
        let before = FileManager.default.contents(atPath: db)
        let unknown = try ZhurnalProcess.run(["year", "close", "--repeat", "Волков Иван", "--repeat", "Никитин Олег", "--db", db,
                                              "--lang", "ru"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "zhurnal: Ученика «Никитин Олег» нет в школе; год не закрыт\n", "\(unknown.stderr)")
        let ambiguous = try ZhurnalProcess.run(["year", "close", "--repeat", "Иванов Пётр", "--db", db, "--lang", "en"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("\"Иванов Пётр\" matches several students (7А, 9А): add the middle name"), "\(ambiguous.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("journal-2025-26.sqlite")))
        #expect(FileManager.default.contents(atPath: db) == before)
        let usage = try ZhurnalProcess.run(["year", "open", "--db", db])
        #expect(usage.status == 2)
    }

    @Test func onlyTheDeputyHeadOrAdministratorClosesTheYear() throws {
        let folder = try TemporaryFolder()
        let db = try school(folder)
        let staff = "login,last_name,first_name,middle_name,roles\nadmin,Админова,Анна,,admin\nteacher7,Учителева,Ольга,,class_teacher:7А\n"
        let imported = try ZhurnalProcess.run(["import", "staff", try folder.write("staff.csv", text: staff), "--db", db],
                                              environment: ["SUDO_USER": "admin"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let before = FileManager.default.contents(atPath: db)
        let refused = try ZhurnalProcess.run(["year", "close", "--db", db, "--lang", "en"], environment: ["SUDO_USER": "teacher7"])
        #expect(refused.status == 1)
        #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("journal-2025-26.sqlite")))
        #expect(FileManager.default.contents(atPath: db) == before)
        let closed = try ZhurnalProcess.run(["year", "close", "--db", db, "--lang", "en"], environment: ["SUDO_USER": "admin"])
        #expect(closed.status == 0, "\(closed.stderr)")
    }
}
