import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// Class 7А: two «Иванов Иван» told apart by отчество, and Петрова Анна.
@Suite struct ImportMarksTests {
    let scratch = Scratch()
    let kinds = WorkKind.defaults

    private func journalWithRoster() throws -> Journal {
        let journal = try scratch.journal()
        _ = try journal.importRoster(Array("""
            class,last_name,first_name,middle_name
            7А,Иванов,Иван,Петрович
            7А,Иванов,Иван,Сергеевич
            7А,Петрова,Анна,
            """.utf8), className: nil)
        return journal
    }

    private func marks(_ rows: String) -> [UInt8] {
        Array(("class,subject,date,work,weight,student,mark\n" + rows).utf8)
    }

    @Test func everyBadRowIsListedWithItsLineAndNothingIsWritten() throws {
        let journal = try journalWithRoster()
        let before = try journal.recentHistory(limit: 1000)
        let file = marks("""
            7А,Алгебра,2026-09-10,контрольная работа,,Петрова Анна,5
            9Я,Алгебра,2026-09-10,контрольная работа,,Петрова Анна,5
            7А,Алгебра,2026-09-10,контрольная работа,,Сидоров Олег,4
            7А,Алгебра,2026-09-10,контрольная работа,,Иванов Иван,4
            7А,Алгебра,2026-09-10,контрольная работа,1.234,Иванов Иван Петрович,4
            7А,Алгебра,10.09.2026,Контрольная,,петрова  анна,3
            7А,Алгебра,2026-09-10,контрольная работа,,Иванов Иван Сергеевич,4
            """)
        #expect(throws: ImportFailure.badRows([
            ImportRowError(line: 3, problem: .unknownClass("9Я")),
            ImportRowError(line: 4, problem: .unknownStudent(name: "Сидоров Олег", className: "7А")),
            ImportRowError(line: 5, problem: .ambiguousStudent(name: "Иванов Иван", className: "7А")),
            ImportRowError(line: 6, problem: .badWeight("1.234")),
            ImportRowError(line: 7, problem: .duplicateCell(student: "петрова  анна", date: "10.09.2026", work: "control")),
        ])) { try journal.importMarks(file, kinds: kinds) }
        #expect(try journal.recentHistory(limit: 1000) == before)
        #expect(try journal.subjects().isEmpty)
        let schoolClass = try journal.findOrCreateClass(named: "7А")
        #expect(try journal.grids(classID: schoolClass.id).isEmpty)
    }

    @Test func theMiddleNameTellsNamesakesApart() throws {
        let journal = try journalWithRoster()
        #expect(throws: ImportFailure.badRows([ImportRowError(line: 2, problem: .ambiguousStudent(name: "Иванов Иван", className: "7А"))])) {
            try journal.importMarks(marks("7А,Алгебра,2026-09-10,тест,,Иванов Иван,4\n"), kinds: kinds)
        }
        let result = try journal.importMarks(marks("""
            7А,Алгебра,2026-09-10,тест,,Иванов Иван Сергеевич,4
            7А,Алгебра,2026-09-10,тест,,иванов иван петрович,5
            """), kinds: kinds)
        #expect(result == MarksImportResult(entries: 2, columns: 1))
        let classID = try journal.findOrCreateClass(named: "7А").id
        let students = try journal.students(classID: classID)
        let grid = try journal.grid(classID: classID, subjectID: try journal.findOrCreateSubject(named: "Алгебра").id)
        #expect(grid[column: grid.columns[0].id, student: students[0].id] == .mark(5))
        #expect(grid[column: grid.columns[0].id, student: students[1].id] == .mark(4))
    }

    @Test func rowsOfOneClassSubjectDateAndWorkFormOneColumn() throws {
        let journal = try journalWithRoster()
        let file = marks("""
            7А,Алгебра,2026-09-10,контрольная работа,,Петрова Анна,5
            7А,Алгебра,10.09.2026,Контрольная,,Иванов Иван Петрович,4
            7А,Алгебра,2026-09-10,ответ на уроке,,Иванов Иван Сергеевич,n
            7А,Алгебра,2026-09-12,самостоятельная работа,"1,5",Петрова Анна,5-4
            7А,Геометрия,2026-09-10,контрольная работа,,Петрова Анна,3
            7А,Алгебра,2026-09-12,самостоятельная работа,"1,5",Иванов Иван Петрович,
            """)
        let historyBefore = try journal.recentHistory(limit: 1000).count
        #expect(try journal.importMarks(file, kinds: kinds) == MarksImportResult(entries: 5, columns: 4))
        let classID = try journal.findOrCreateClass(named: "7А").id
        let students = try journal.students(classID: classID)
        let (ivanovP, ivanovS, petrova) = (students[0].id, students[1].id, students[2].id)
        let algebra = try journal.grid(classID: classID, subjectID: try journal.findOrCreateSubject(named: "Алгебра").id)
        #expect(algebra.columns.map { "\($0.date.dayMonth) \($0.kindCode) \($0.weight?.description ?? "")" }
            == ["10.09 control ", "10.09 answer ", "12.09 independent 1.5"])
        #expect(algebra[column: algebra.columns[0].id, student: petrova] == .mark(5))
        #expect(algebra[column: algebra.columns[0].id, student: ivanovP] == .mark(4))
        #expect(algebra[column: algebra.columns[1].id, student: ivanovS] == .absence(.absent))
        #expect(algebra[column: algebra.columns[2].id, student: petrova] == .double(5, 4))
        #expect(algebra[column: algebra.columns[2].id, student: ivanovP] == nil)
        #expect(algebra.entries.count == 4)
        let geometry = try journal.grid(classID: classID, subjectID: try journal.findOrCreateSubject(named: "Геометрия").id)
        #expect(geometry.columns.count == 1)
        #expect(geometry[column: geometry.columns[0].id, student: petrova] == .mark(3))
        // One history operation: four column_add rows and a column_entries row for each column's cells.
        let history = try journal.recentHistory(limit: 1000)
        let added = history.prefix(history.count - historyBefore)
        #expect(added.count == 8)
        #expect(added.filter { $0.kind == .columnAdd }.count == 4)
        #expect(added.filter { $0.kind == .columnEntries }.count == 4)
        let cells = [(algebra.columns[0].id, petrova), (algebra.columns[0].id, ivanovP), (algebra.columns[1].id, ivanovS),
                     (algebra.columns[2].id, petrova), (geometry.columns[0].id, petrova)]
        let shown = try cells.flatMap { try journal.history(columnID: $0.0, studentID: $0.1) }
        #expect(shown.map(\.newValue).sorted { ($0 ?? "") < ($1 ?? "") } == ["3", "4", "5", "5/4", "н"])
        #expect(shown.allSatisfy { $0.kind == .entry && $0.oldValue == nil })
        #expect(try journal.history(columnID: algebra.columns[2].id, studentID: ivanovP).isEmpty)
        let first = try #require(added.last)
        #expect(first.operation == nil)
        #expect(added.dropLast().allSatisfy { $0.operation == first.id })

        // The same file again changes nothing.
        let grids = try journal.grids(classID: classID)
        let again = try journal.importMarks(file, kinds: kinds)
        #expect(again.entries == 0)
        #expect(try journal.recentHistory(limit: 1000).count == history.count)
        let gridsAfter = try journal.grids(classID: classID)
        #expect(gridsAfter.mapValues(\.columns) == grids.mapValues(\.columns))
        #expect(gridsAfter.mapValues(\.entries) == grids.mapValues(\.entries))
    }
}
