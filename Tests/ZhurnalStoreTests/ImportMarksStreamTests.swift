import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// The marks import reads its file as a stream of chunks (`CSVInput.chunkSize`): files several
/// chunks long, in both encodings, with bad rows late, and the history and undo of what it wrote.
@Suite struct ImportMarksStreamTests {
    let scratch = Scratch()
    static let students = ["Иванов Иван", "Петрова Анна", "Сидоров Олег"]

    /// A journal of 7А; `today` far ahead lets the many-chunk file's lessons all have taken place.
    private func journalWithRoster(today: LocalDate = Scratch.endOfYear) throws -> Journal {
        let journal = try scratch.journal(today: today)
        _ = try journal.importRoster(Array(("class,last_name,first_name\n"
            + Self.students.map { "7А,\($0.replacingOccurrences(of: " ", with: ","))" }.joined(separator: "\n")).utf8),
            className: nil)
        return journal
    }

    /// A marks file of `days` lesson days from 1 September 2026, every student in each, well over
    /// a chunk long; `bad` rows (by data row number) name an unknown student.
    private func marksFile(days: Int, bad: Set<Int> = []) -> String {
        var lines = ["класс;предмет;дата;вид работы;вес;ученик;отметка"]
        let start = LocalDate(year: 2026, month: 9, day: 1)!
        for day in 0..<days {
            let date = LocalDate(dayNumber: start.dayNumber + day).russian
            for (index, student) in Self.students.enumerated() {
                let name = bad.contains(lines.count) ? "Нет Такого" : student
                lines.append("7А;\"Русский язык; литература\";\(date);ответ на уроке;;\(name);\((day + index) % 4 + 2)")
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private func write(_ bytes: [UInt8], _ name: String) throws -> CSVInput {
        let path = scratch.path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try CSVInput(path: path)
    }

    @Test(arguments: [TextEncoding.utf8, .windows1251])
    func aFileOfManyChunksImportsWhole(encoding: TextEncoding) throws {
        let days = 12_000
        let bytes = try encoding.encode(marksFile(days: days), byteOrderMark: encoding == .utf8)
        #expect(bytes.count > 2 * CSVInput.chunkSize)
        let journal = try journalWithRoster(today: LocalDate(year: 2070, month: 1, day: 1)!)
        let result = try journal.importMarks(try write(bytes, "marks.csv"), kinds: WorkKind.defaults)
        #expect(result == MarksImportResult(entries: days * Self.students.count, columns: days))
        let classID = try journal.findOrCreateClass(named: "7А").id
        let subject = try #require(try journal.subjects().first)
        #expect(subject.name == "Русский язык; литература")
        let grid = try journal.grid(classID: classID, subjectID: subject.id)
        let students = try journal.students(classID: classID)
        #expect(grid[column: grid.columns[0].id, student: students[1].id] == .mark(3))
        #expect(grid[column: grid.columns[days - 1].id, student: students[2].id] == .mark((days - 1 + 2) % 4 + 2))
    }

    @Test func badRowsLateInABigFileAreAllListedAndNothingIsWritten() throws {
        let journal = try journalWithRoster()
        let before = try journal.recentHistory(limit: 10)
        let rows = 12_000 * Self.students.count
        let file = Array(marksFile(days: 12_000, bad: [7, rows - 1]).utf8)
        #expect(throws: ImportFailure.badRows([
            ImportRowError(line: 8, problem: .unknownStudent(name: "Нет Такого", className: "7А")),
            ImportRowError(line: rows, problem: .unknownStudent(name: "Нет Такого", className: "7А")),
        ])) { try journal.importMarks(try write(file, "bad.csv"), kinds: WorkKind.defaults) }
        #expect(try journal.recentHistory(limit: 10) == before)
        #expect(try journal.subjects().isEmpty)
    }

    /// Foreign keys are off for the import's transaction; instead it checks, before committing,
    /// that the students it wrote still exist. A student removed mid-import (a trigger does it
    /// here) fails the import, and nothing of it is left.
    @Test func aStudentGoneBeforeTheCommitFailsTheImportAndLeavesNothing() throws {
        let journal = try journalWithRoster()
        let before = try journal.recentHistory(limit: 10)
        try raw(scratch.path("journal.sqlite"), """
            CREATE TRIGGER vanish AFTER INSERT ON entries WHEN NEW.student_id = (SELECT min(id) FROM students)
            BEGIN DELETE FROM students WHERE id = NEW.student_id; END;
            """)
        #expect(throws: ImportFailure.self) {
            try journal.importMarks(try write(Array(marksFile(days: 3).utf8), "m.csv"), kinds: WorkKind.defaults)
        }
        #expect(try journal.recentHistory(limit: 10) == before)
        #expect(try journal.subjects().isEmpty)
        #expect(try journal.students(classID: journal.findOrCreateClass(named: "7А").id).count == 3)
    }

    @Test func recordsKeepTheirLinesAcrossChunks() throws {
        let filler = String(repeating: "x", count: CSVInput.chunkSize - 20)
        let text = "a,b\n\(filler),1\n\"two\nlines\",2\r\n\r\nlast,3"
        var stream = try CSVStream(CSVInput(bytes: Array(text.utf8)))
        #expect(stream.header == ["a", "b"])
        var rows: [(Int, [String])] = []
        while try stream.next() { rows.append((stream.record.line, stream.record.fields)) }
        #expect(rows.map(\.0) == [2, 3, 6])
        #expect(rows.map(\.1) == [[filler, "1"], ["two\nlines", "2"], ["last", "3"]])
    }

    @Test func anImportedCellHasItsHistoryAndTheImportIsUndoneAsOne() throws {
        let journal = try journalWithRoster()
        let result = try journal.importMarks(try write(Array(marksFile(days: 3).utf8), "m.csv"), kinds: WorkKind.defaults)
        #expect(result.entries == 9)
        let classID = try journal.findOrCreateClass(named: "7А").id
        let subjectID = try #require(try journal.subjects().first).id
        let columns = try journal.columns(classID: classID, subjectID: subjectID)
        let student = try journal.students(classID: classID)[1]
        let cell = try journal.history(columnID: columns[2].id, studentID: student.id)
        #expect(cell.count == 1)
        #expect(cell.first?.kind == .entry)
        #expect(cell.first?.oldValue == nil)
        #expect(cell.first?.newValue == "5")
        #expect(cell.first?.user == "teacher")
        #expect(cell.first?.at == Date(timeIntervalSince1970: 1_788_000_000.25))
        #expect(cell.first?.classID == classID)
        #expect(cell.first?.subjectID == subjectID)
        let all = try journal.recentHistory(limit: 100).filter { ![.classAdd, .studentAdd].contains($0.kind) }
        #expect(all.count == 6)
        #expect(all.filter { $0.kind == .columnEntries }.count == 3)
        let first = try #require(all.last)
        #expect(first.kind == .columnAdd && first.operation == nil)
        #expect(all.dropLast().allSatisfy { $0.operation == first.id })
        _ = try journal.undo()
        #expect(try journal.columns(classID: classID, subjectID: subjectID).isEmpty)
        _ = try journal.redo()
        let grid = try journal.grid(classID: classID, subjectID: subjectID)
        #expect(grid.entries.count == 9)
        // The cell's history: imported, cleared by the undo, set again by the redo.
        let replayed = try journal.history(columnID: grid.columns[2].id, studentID: student.id)
        #expect(replayed.map(\.oldValue) == [nil, "5", nil])
        #expect(replayed.map(\.newValue) == ["5", nil, "5"])
    }

    @Test func thePlanKeepsOnlyCellsWithAnEntry() {
        var plan = MarksPlan()
        let column = plan.column(classID: 1, subject: plan.subject(named: "Алгебра"), subjectName: "Алгебра",
                                 date: LocalDate(year: 2026, month: 9, day: 1)!, kindCode: "test", weight: nil)
        let five = plan.value(.mark(5)), four = plan.value(.mark(4))
        let added = [plan.add(column: column, student: 0, studentID: 10, value: five),
                     plan.add(column: column, student: 1, studentID: 11, value: nil),
                     plan.add(column: column, student: 1, studentID: 11, value: four)]
        #expect(added == [true, true, false])
        #expect(plan.cells.count == 1)
        #expect(plan.values == [.mark(5), .mark(4)])
    }
}
