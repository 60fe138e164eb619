import Foundation
import Testing

/// `zhurnal export marks --excel`: what Russian Excel opens directly — a UTF-8 byte order mark,
/// `;`, CRLF, Russian headers (English with `--lang en`), dates as ДД.ММ.ГГГГ, decimal commas —
/// and the file imports back.
@Suite struct ExcelExportTests {
    @Test func fileHasBOMSemicolonsCRLFRussianHeaderAndRussianDates() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let path = folder.path("excel.csv")
        let result = try ZhurnalProcess.run(["export", "marks", "--excel", "--output", path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "класс;предмет;дата;работа;вес;ученик;отметка")
        #expect(lines[1] == "7А;Алгебра;05.09.2026;тест;1,4;Иванов Иван;2")
        #expect(lines.last == "", "every record ends with CRLF")
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare LF")
        #expect(!text.contains("2026-09-05"))
        #expect(lines.count == 1 + 15 + 1)
    }

    @Test func englishHeaderWithLangEnAndTheSameOnStandardOutput() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let result = try ZhurnalProcess.run(["export", "marks", "--excel", "--lang", "en", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\u{FEFF}class;subject;date;work;weight;student;mark\r\n"))
        #expect(result.stdout.contains("\r\n7А;Алгебра;12.09.2026;проверочная работа;1,4;Петрова Анна;5\r\n"))
    }

    @Test func excelFileImportsBackIntoANewJournal() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let path = folder.path("excel.csv")
        #expect(try ZhurnalProcess.run(["export", "marks", "--excel", "--output", path, "--db", db]).status == 0)
        let copy = folder.path("copy.sqlite")
        _ = try ZhurnalProcess.run(["import", "roster", try folder.write("r.csv", text: Fixtures.roster), "--db", copy])
        let back = try ZhurnalProcess.run(["import", "marks", path, "--db", copy])
        #expect(back.status == 0, "\(back.stderr)")
        let original = try ZhurnalProcess.run(["export", "marks", "--db", db]).stdout
        #expect(try ZhurnalProcess.run(["export", "marks", "--db", copy]).stdout == original)
    }

    @Test func plainExportIsUnchanged() throws {
        let folder = try TemporaryFolder()
        let db = try Fixtures.journal(in: folder)
        let plain = try ZhurnalProcess.run(["export", "marks", "--db", db]).stdout
        #expect(plain.hasPrefix("class,subject,date,work,weight,student,mark\n"))
        #expect(plain.contains("7А,Алгебра,2026-09-05,тест,1.4,Иванов Иван,2\n"))
    }
}
