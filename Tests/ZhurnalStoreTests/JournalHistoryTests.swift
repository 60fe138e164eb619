import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

@Suite struct JournalHistoryTests {
    let scratch = Scratch()

    @Test func everyEntryChangeIsRecorded() throws {
        let fixture = try Fixture(try scratch.journal())
        let journal = fixture.journal
        let cell = (column: fixture.columns[0].id, student: fixture.students[1].id)
        #expect(try journal.setEntry(columnID: cell.column, studentID: cell.student, to: .mark(4)))
        #expect(try !journal.setEntry(columnID: cell.column, studentID: cell.student, to: .mark(4)))
        #expect(try journal.setEntry(columnID: cell.column, studentID: cell.student, to: .double(5, 4)))
        #expect(try journal.setEntry(columnID: cell.column, studentID: cell.student, to: nil))
        #expect(try !journal.setEntry(columnID: cell.column, studentID: cell.student, to: nil))
        let rows = try journal.history(columnID: cell.column, studentID: cell.student)
        #expect(rows.map(\.oldValue) == ["5/4", "4", nil])
        #expect(rows.map(\.newValue) == [nil, "5/4", "4"])
        #expect(rows.allSatisfy { $0.kind == .entry && $0.user == "teacher" })
        #expect(rows.allSatisfy { $0.classID == fixture.schoolClass.id && $0.subjectID == fixture.subject.id })
        #expect(rows[0].at == Date(timeIntervalSince1970: 1_788_000_000.25))
        #expect(try journal.entry(columnID: cell.column, studentID: cell.student) == nil)
    }

    @Test func finalMarksKeepTheirReasons() throws {
        let fixture = try Fixture(try scratch.journal())
        let journal = fixture.journal
        let student = fixture.students[0].id, subject = fixture.subject.id
        try journal.setFinalMark(studentID: student, subjectID: subject, term: 1, to: "4")
        try journal.setFinalMark(studentID: student, subjectID: subject, term: 1, to: "5", reason: "контрольная на 5")
        #expect(try !journal.setFinalMark(studentID: student, subjectID: subject, term: 1, to: "5", reason: "контрольная на 5"))
        try journal.setFinalMark(studentID: student, subjectID: subject, term: 0, to: "н/а", reason: "болел")
        let rows = try journal.finalMarkHistory(studentID: student, subjectID: subject, term: 1)
        #expect(rows.map(\.newValue) == ["5", "4"])
        #expect(rows.map(\.oldValue) == ["4", nil])
        #expect(rows[0].reason == "контрольная на 5")
        #expect(rows.allSatisfy { $0.kind == .finalMark && $0.term == 1 })
        #expect(try journal.finalMarks(classID: fixture.schoolClass.id, subjectID: subject, term: 1)
            == [FinalMarkRecord(studentID: student, subjectID: subject, term: 1, value: "5", reason: "контрольная на 5")])
        #expect(try journal.finalMarks(studentID: student).map(\.term) == [0, 1])
        #expect(try journal.finalMarks(classID: fixture.schoolClass.id, term: 0).map(\.value) == ["н/а"])
        try journal.setFinalMark(studentID: student, subjectID: subject, term: 0, to: nil, reason: "ошибка")
        #expect(try journal.finalMarks(classID: fixture.schoolClass.id, term: 0).isEmpty)
        #expect(try journal.recentHistory(limit: 1).first?.oldValue == "н/а")
    }

    @Test func deletedColumnKeepsItsEntriesAndCanBeRestored() throws {
        let fixture = try Fixture(try scratch.journal())
        let journal = fixture.journal
        let column = fixture.columns[1]
        try journal.setEntry(columnID: column.id, studentID: fixture.students[0].id, to: .mark(5))
        try journal.setEntry(columnID: column.id, studentID: fixture.students[2].id, to: .absence(.ill))
        let deletion = try journal.deleteColumn(id: column.id)
        #expect(try journal.column(id: column.id) == nil)
        #expect(try journal.entry(columnID: column.id, studentID: fixture.students[0].id) == nil)
        let rows = try journal.recentHistory(limit: 3).reversed()
        #expect(rows.map(\.kind) == [.columnDelete, .entry, .entry])
        #expect(rows.map(\.oldValue).dropFirst() == ["5", "б"])
        #expect(rows.dropFirst().allSatisfy { $0.operation == deletion && $0.newValue == nil })
        #expect(try journal.history(columnID: column.id, studentID: fixture.students[0].id).first?.oldValue == "5")

        let restored = try journal.restoreColumn(fromHistory: deletion)
        #expect(restored == column)
        #expect(try journal.entry(columnID: column.id, studentID: fixture.students[0].id) == .mark(5))
        #expect(try journal.entry(columnID: column.id, studentID: fixture.students[2].id) == .absence(.ill))
        #expect(throws: StoreError.columnExists(column.id)) { try journal.restoreColumn(fromHistory: deletion) }
    }

    @Test func columnEditsAreRecorded() throws {
        let fixture = try Fixture(try scratch.journal())
        let journal = fixture.journal
        var column = fixture.columns[0]
        try journal.updateColumn(column)
        column.weight = Weight(hundredths: 250)
        column.topic = "Уравнения\tи неравенства"
        try journal.updateColumn(column)
        #expect(try journal.column(id: column.id) == column)
        let row = try #require(try journal.recentHistory(limit: 1).first)
        #expect(row.kind == .columnEdit)
        #expect(row.oldValue.flatMap(ColumnSnapshot.init(encoded:)) == fixture.columns[0].snapshot)
        #expect(row.newValue.flatMap(ColumnSnapshot.init(encoded:)) == column.snapshot)
        #expect(try journal.recentHistory(limit: 10).filter { $0.kind == .columnAdd }.count == 2)
    }

    @Test func historyIsAppendOnly() throws {
        let fixture = try Fixture(try scratch.journal())
        try fixture.journal.setEntry(columnID: fixture.columns[0].id, studentID: fixture.students[0].id, to: .mark(2))
        let update = #expect(throws: SQLiteError.self) {
            try fixture.journal.connection.execute("UPDATE history SET new_value = '5'")
        }
        #expect(update?.message.contains("append-only") == true)
        #expect(throws: SQLiteError.self) { try fixture.journal.connection.execute("DELETE FROM history") }
        #expect(try fixture.journal.recentHistory(limit: 100).first?.newValue == "2")
    }

    @Test func aFailingWriteLeavesNothingHalfWritten() throws {
        let fixture = try Fixture(try scratch.journal())
        let journal = fixture.journal
        let before = try journal.recentHistory(limit: 1000).count
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try journal.bulkWrite { writer in
                let column = try writer.addColumn(classID: fixture.schoolClass.id, subjectID: fixture.subject.id,
                                                  date: LocalDate(year: 2026, month: 10, day: 5)!, kindCode: "Д")
                try writer.setEntry(columnID: column, studentID: fixture.students[0].id, to: .mark(5))
                throw Abort()
            }
        }
        #expect(throws: StoreError.self) {
            try journal.bulkWrite { writer in
                try writer.setEntry(columnID: fixture.columns[0].id, studentID: fixture.students[0].id, to: .mark(3))
                try writer.setEntry(columnID: fixture.columns[0].id, studentID: 999, to: .mark(3))
            }
        }
        #expect(try journal.columns(classID: fixture.schoolClass.id, subjectID: fixture.subject.id).count == 2)
        #expect(try journal.grid(classID: fixture.schoolClass.id, subjectID: fixture.subject.id).entries.isEmpty)
        #expect(try journal.recentHistory(limit: 1000).count == before)
    }

    @Test func bulkWritesRecordHistoryAsOneOperation() throws {
        let fixture = try Fixture(try scratch.journal())
        let journal = fixture.journal
        try journal.setEntry(columnID: fixture.columns[0].id, studentID: fixture.students[0].id, to: .mark(2))
        let newColumn = try journal.bulkWrite { writer in
            let column = try writer.addColumn(classID: fixture.schoolClass.id, subjectID: fixture.subject.id,
                                              date: LocalDate(year: 2026, month: 9, day: 1)!, kindCode: "Д")
            for student in fixture.students { try writer.setEntry(columnID: column, studentID: student.id, to: .mark(4)) }
            try writer.setEntry(columnID: fixture.columns[0].id, studentID: fixture.students[0].id, to: .mark(3))
            try writer.setEntry(columnID: fixture.columns[0].id, studentID: fixture.students[1].id, to: .owed)
            return column
        }
        // The new column's cells share one column_entries row, written before the next other row.
        let rows = try journal.recentHistory(limit: 4).reversed()
        #expect(rows.map(\.kind) == [.columnAdd, .columnEntries, .entry, .entry])
        #expect(rows.dropFirst().allSatisfy { $0.operation == rows.first?.id })
        #expect(Array(rows)[1].newValue == fixture.students.map { "\($0.id)=4" }.joined(separator: ";"))
        #expect(Array(rows)[1].oldValue == nil && Array(rows)[1].studentID == nil)
        #expect(rows.suffix(2).map(\.oldValue) == ["2", nil])
        for student in fixture.students {
            let cell = try journal.history(columnID: newColumn, studentID: student.id)
            #expect(cell.map(\.kind) == [.entry] && cell.map(\.newValue) == ["4"] && cell.map(\.oldValue) == [nil])
            #expect(cell.first?.studentID == student.id)
        }
        #expect(try journal.column(id: newColumn)?.position == 1)
        let grid = try journal.grid(classID: fixture.schoolClass.id, subjectID: fixture.subject.id)
        #expect(grid[column: fixture.columns[0].id, student: fixture.students[1].id] == .owed)
        #expect(grid.entries.count == 5)
    }
}
