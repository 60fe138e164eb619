import Foundation
import Testing

/// Imports go through the store's write path: a locked term refuses them with the journal's one
/// message, exit 1, and the file keeps its marks and history; marks of a lesson still to come
/// are refused the same way; a roster import is undone like marks (`UndoScopeTests`).
@Suite struct LockedTermCommandTests {
    private func sqlite(_ db: String, _ sql: String) throws -> String {
        let process = Process()
        let out = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, sql]
        process.standardOutput = out
        try process.run()
        process.waitUntilExit()
        return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func counts(_ db: String) throws -> String {
        try sqlite(db, "SELECT (SELECT count(*) FROM entries), (SELECT count(*) FROM final_marks), (SELECT count(*) FROM history)")
    }

    @Test func importsIntoALockedTermAreRefusedAndChangeNothing() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        _ = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db])
        #expect(try ZhurnalProcess.run(["import", "marks", try folder.write("m.csv", text: Fixtures.marks), "--db", db]).status == 0)
        _ = try sqlite(db, "INSERT INTO settings(key, value) VALUES ('locked_terms', CAST('1' AS BLOB))")
        let before = try counts(db)
        let again = """
            class,subject,date,work,weight,student,mark
            7А,Алгебра,2026-09-05,тест,1.4,Иванов Иван,4
            """
        let marks = try ZhurnalProcess.run(["import", "marks", try folder.write("again.csv", text: again), "--db", db,
                                            "--lang", "ru"])
        #expect(marks.status == 1)
        #expect(marks.stderr.contains("Период 1 закрыт: изменения запрещены"), "\(marks.stderr)")
        let finals = try ZhurnalProcess.run(["import", "final-marks", try folder.write("f.csv", text: Fixtures.finalMarks),
                                             "--db", db, "--lang", "en"])
        #expect(finals.status == 1)
        #expect(finals.stderr.contains("Term 1 is locked: no changes allowed"), "\(finals.stderr)")
        #expect(try counts(db) == before)
    }

    @Test func marksOfALessonStillToComeAreRefused() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("journal.sqlite")
        _ = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", db])
        let before = try counts(db)
        let future = """
            class,subject,date,work,weight,student,mark
            7А,Алгебра,2999-09-05,тест,,Иванов Иван,4
            """
        let marks = try ZhurnalProcess.run(["import", "marks", try folder.write("future.csv", text: future), "--db", db,
                                            "--lang", "ru"])
        #expect(marks.status == 1)
        #expect(marks.stderr.contains("Урок 05.09.2999 ещё не наступил: отметки и пропуски — с его дня"), "\(marks.stderr)")
        #expect(try counts(db) == before)
    }
}
