import Foundation
import Testing

/// Three staff members acting on one school journal through `SUDO_USER` (the test runs as the
/// file's owner, as `sudo -u zhurnal` would): the teacher keeps his own journal and cannot lock a
/// term, the deputy head locks terms and cannot change marks, a colleague neither changes nor
/// reads the teacher's journal, and a login not on the staff list gets nothing.
@Suite struct StaffCommandTests {
    private static let staff = """
        login,last_name,first_name,middle_name,roles
        admin,Орлова,Ольга,Петровна,администратор
        ivanova,Иванова,Ирина,Ивановна,учитель
        zavuch,Завьялова,Зоя,Сергеевна,завуч
        petrov,Петров,Пётр,,учитель|классный_руководитель:8Б
        """

    private static let curriculum = """
        class,subject,teacher,hours
        7А,Алгебра,ivanova,3
        7А,Русский язык,petrov,4
        """

    private static let more = """
        class,subject,date,work,weight,student,mark
        7А,Алгебра,2026-09-26,тест,,Иванов Иван,5
        """

    private func school() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        let admin = ["SUDO_USER": "admin"]
        for arguments in [["import", "roster", try folder.write("r.csv", text: Fixtures.roster)],
                          ["import", "marks", try folder.write("m.csv", text: Fixtures.marks)],
                          ["import", "curriculum", try folder.write("c.csv", text: Self.curriculum)],
                          ["import", "staff", try folder.write("s.csv", text: Self.staff)]] {
            let result = try ZhurnalProcess.run(arguments + ["--db", db], environment: admin)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        return (folder, db)
    }

    private func entries(_ db: String) throws -> String {
        let process = Process()
        let out = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-readonly", db, "SELECT (SELECT count(*) FROM entries), (SELECT count(*) FROM history),"
                             + " (SELECT value FROM settings WHERE key = 'locked_terms')"]
        process.standardOutput = out
        try process.run()
        process.waitUntilExit()
        return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    /// A teacher's import into a school journal whose settings were never saved: his marks go in
    /// and the command succeeds (saving the settings is left to a завуч or администратор).
    @Test func aTeachersFirstImportSucceeds() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        for arguments in [["import", "roster", try folder.write("r.csv", text: Fixtures.roster)],
                          ["import", "staff", try folder.write("s.csv", text: Self.staff)],
                          ["import", "curriculum", try folder.write("c.csv", text: Self.curriculum)]] {
            let result = try ZhurnalProcess.run(arguments + ["--db", db], environment: ["SUDO_USER": "admin"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let marks = try ZhurnalProcess.run(["import", "marks", try folder.write("more.csv", text: Self.more), "--db", db],
                                           environment: ["SUDO_USER": "ivanova"])
        #expect(marks.status == 0, "\(marks.stderr)")
        let stored = try entries(db)
        #expect(stored.hasPrefix("1|"), "\(stored)")
    }

    @Test func theTeacherChangesHisJournalButCannotLockATerm() throws {
        let (folder, db) = try school()
        let teacher = ["SUDO_USER": "ivanova"]
        let marks = try ZhurnalProcess.run(["import", "marks", try folder.write("more.csv", text: Self.more), "--db", db],
                                           environment: teacher)
        #expect(marks.status == 0, "\(marks.stderr)")
        let before = try entries(db)
        let lock = try ZhurnalProcess.run(["lock", "--term", "1", "--db", db, "--lang", "ru"], environment: teacher)
        #expect(lock.status == 1)
        #expect(lock.stderr.contains("Нет права закрывать и открывать периоды (завуч, администратор): ничего не изменено"),
                "\(lock.stderr)")
        #expect(try entries(db) == before)
        let page = try ZhurnalProcess.run(["print", "journal", "--class", "7А", "--subject", "Алгебра", "--term", "1",
                                           "--db", db, "--lang", "ru"], environment: teacher)
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.contains("Учитель: Иванова И. И."), "\(page.stdout.prefix(600))")
    }

    @Test func theDeputyHeadLocksAndUnlocksButCannotChangeMarks() throws {
        let (folder, db) = try school()
        let deputy = ["SUDO_USER": "zavuch"]
        let before = try entries(db)
        let marks = try ZhurnalProcess.run(["import", "marks", try folder.write("more.csv", text: Self.more), "--db", db,
                                            "--lang", "en"], environment: deputy)
        #expect(marks.status == 1)
        #expect(marks.stderr.contains("Not allowed: needs the right to keep this class-subject journal"), "\(marks.stderr)")
        #expect(try entries(db) == before)
        let lock = try ZhurnalProcess.run(["lock", "--term", "1", "--db", db, "--lang", "en"], environment: deputy)
        #expect(lock.status == 0, "\(lock.stderr)")
        #expect((lock.stderr + lock.stdout).contains("term 1 is locked"), "\(lock.stderr)")
        #expect(try entries(db).hasSuffix("|quarter:1\n"))
        // The deputy reads every journal; the print names the subject's teacher.
        let page = try ZhurnalProcess.run(["print", "journal", "--class", "7А", "--subject", "Алгебра", "--term", "1",
                                           "--db", db, "--lang", "ru"], environment: deputy)
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.contains("Учитель: Иванова И. И."))
        let unlock = try ZhurnalProcess.run(["unlock", "--term", "1", "--db", db], environment: deputy)
        #expect(unlock.status == 0, "\(unlock.stderr)")
        #expect(try entries(db).hasSuffix("|\n"))
    }

    @Test func aColleagueNeitherChangesNorReadsTheTeachersJournal() throws {
        let (folder, db) = try school()
        let colleague = ["SUDO_USER": "petrov"]
        let before = try entries(db)
        let marks = try ZhurnalProcess.run(["import", "marks", try folder.write("more.csv", text: Self.more), "--db", db,
                                            "--lang", "ru"], environment: colleague)
        #expect(marks.status == 1)
        #expect(marks.stderr.contains("Нет права вести журнал этого класса и предмета"), "\(marks.stderr)")
        let page = try ZhurnalProcess.run(["print", "journal", "--class", "7А", "--subject", "Алгебра", "--db", db,
                                           "--lang", "ru"], environment: colleague)
        #expect(page.status == 1)
        #expect(page.stderr.contains("Нет права читать журнал 7А, «Алгебра»"), "\(page.stderr)")
        #expect(page.stdout.isEmpty)
        let staff = try ZhurnalProcess.run(["import", "staff", try folder.write("s2.csv", text: Self.staff), "--db", db,
                                            "--lang", "en"], environment: colleague)
        #expect(staff.status == 1)
        #expect(staff.stderr.contains("needs the right to edit the staff list (administrator)"), "\(staff.stderr)")
        #expect(try entries(db) == before)
    }

    @Test func aLoginNotOnTheStaffListGetsNothing() throws {
        let (folder, db) = try school()
        defer { withExtendedLifetime(folder) {} }
        let stranger = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--db", db, "--lang", "ru"],
                                              environment: ["SUDO_USER": "stranger"])
        #expect(stranger.status == 1)
        #expect(stranger.stderr.contains("Пользователь stranger не в списке сотрудников журнала: доступа нет"),
                "\(stranger.stderr)")
        #expect(stranger.stdout.isEmpty)
    }
    /// The class teacher's report names the class's class teacher from the staff list; the
    /// attendance and class-teacher reports refuse whoever may not read the class.
    @Test func theClassTeachersReportNamesHimAndIsRefusedToOutsiders() throws {
        let (folder, db) = try school()
        let more = Self.staff + "\nklimova,Климова,Клара,Олеговна,учитель|классный_руководитель:7А\nsokolova,Соколова,Софья,,учитель\n"
        let staff = try ZhurnalProcess.run(["import", "staff", try folder.write("s2.csv", text: more), "--db", db],
                                           environment: ["SUDO_USER": "admin"])
        #expect(staff.status == 0, "\(staff.stderr)")
        let report = try ZhurnalProcess.run(["report", "class-teacher", "--class", "7А", "--db", db, "--lang", "ru"],
                                            environment: ["SUDO_USER": "zavuch"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Классный руководитель ____________________ / Климова К. О. /"), "\(report.stdout)")
        #expect(report.stdout.contains("Классный руководитель: Климова К. О.   Дата:"), "\(report.stdout)")
        #expect(!report.stdout.contains("Учитель:"))
        for command in ["attendance", "class-teacher"] {
            let refused = try ZhurnalProcess.run(["report", command, "--class", "7А", "--db", db, "--lang", "en"],
                                                 environment: ["SUDO_USER": "sokolova"])
            #expect(refused.status == 1 && refused.stdout.isEmpty, "\(command)")
            #expect(refused.stderr.contains("Not allowed to read the journal of 7А"), "\(command): \(refused.stderr)")
        }
    }
}

