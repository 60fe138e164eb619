import Foundation
import Testing

/// `zhurnal import roster` as a new teacher uses it: the class given as `7а`, one «ФИО» column,
/// Russian messages naming Russian columns; the class list in Russian order in the export; and
/// `import final-marks` creating a subject the journal lacks.
@Suite("zhurnal import roster: class names, ФИО, order")
struct RosterImportCommandTests {
    @Test func fullNameColumnAndClassNamesAndOrder() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        let first = try ZhurnalProcess.run(["import", "roster", try folder.write("a.csv", text: "ФИО\nФролов Иван\nЁлкин Олег\n"),
                                            "--class", "7а", "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        let second = try ZhurnalProcess.run(["import", "roster", try folder.write("b.csv", text: "класс;фио\n7 A;Фёдоров Пётр\n7А;Егоров Антон\n"),
                                             "--db", db, "--lang", "en"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("imported 2 students into 1 class"), "\(second.stdout)")
        let marks = """
            class,subject,date,work,weight,student,mark
            7А,Алгебра,2026-09-05,тест,,Фролов Иван,5
            7а,Алгебра,2026-09-05,тест,,Ёлкин Олег,4
            7 А,Алгебра,2026-09-05,тест,,Фёдоров Пётр,3
            7А,Алгебра,2026-09-05,тест,,Егоров Антон,2
            """
        let imported = try ZhurnalProcess.run(["import", "marks", try folder.write("m.csv", text: marks), "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let export = try ZhurnalProcess.run(["export", "marks", "--db", db])
        #expect(export.status == 0)
        // one class 7А; students in Russian order, ё as е: Егоров, Ёлкин, Фёдоров, Фролов
        #expect(export.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[5] }
            == ["Егоров Антон", "Ёлкин Олег", "Фёдоров Пётр", "Фролов Иван"])
        #expect(!export.stdout.contains("7а,") && !export.stdout.contains("7 A,"))
    }

    @Test func aMissingNameColumnIsNamedInRussian() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        let result = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: "класс,имя\n7А,Иван\n"),
                                             "--db", db, "--lang", "ru"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("нет столбца «фамилия» (или одного столбца «ФИО»"), "\(result.stderr)")
        #expect(!result.stderr.contains("last_name"))
        let export = try ZhurnalProcess.run(["export", "marks", "--db", db])
        #expect(export.stdout.split(separator: "\n").count <= 1)
    }

    @Test func finalMarksCreateAMissingSubject() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        #expect(try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db]).status == 0)
        let result = try ZhurnalProcess.run(["import", "final-marks",
                                             try folder.write("f.csv", text: "class,subject,term,student,mark\n7А,Химия,1,Иванов Иван,5\n"),
                                             "--db", db, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try ZhurnalProcess.run(["report", "summary", "--class", "7А", "--subject", "химия", "--term", "1",
                                              "--format", "json", "--db", db])
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains("\"final_mark\": \"5\""))
    }
}
