import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// The cells of a column a bulk write (an import) adds share one `column_entries` history row;
/// each cell's history, undo, redo and the undo's question still see them one by one.
@Suite struct ColumnEntriesTests {
    let scratch = Scratch()

    private static let start = LocalDate(year: 2026, month: 9, day: 10)!

    /// Adds `dates` columns from 10 September 2026, a day apart, each with every student's mark (4, 5, 2, …), in one bulk write.
    private func bulkImport(_ f: Fixture, dates: Int) throws -> [Int] {
        try f.journal.bulkWrite { writer in
            try (0..<dates).map { day in
                let column = try writer.addColumn(classID: f.schoolClass.id, subjectID: f.subject.id,
                                                  date: LocalDate(dayNumber: Self.start.dayNumber + day), kindCode: "Д")
                for (index, student) in f.students.enumerated() {
                    try writer.setEntry(columnID: column, studentID: student.id, to: .mark([4, 5, 2][(day + index) % 3]))
                }
                return column
            }
        }
    }

    private func entries(_ f: Fixture) throws -> CellEntries {
        try f.journal.grid(classID: f.schoolClass.id, subjectID: f.subject.id).entries
    }

    @Test func theListReadsBackWhatItWrote() throws {
        let cells = ColumnCells([(12, "5"), (13, nil), (140, "5/4"), (7, "н")])
        #expect(cells.encoded == "12=5;13=;140=5/4;7=н")
        #expect(ColumnCells(encoded: cells.encoded) == cells)
        #expect(cells.value(of: 13) == .some(nil))
        #expect(cells.value(of: 140) == "5/4")
        #expect(cells.value(of: 99) == nil)
        for damaged in ["", "12", "x=5", "12=5;;13=4", "12=5;=4"] { #expect(ColumnCells(encoded: damaged) == nil, "\(damaged)") }
    }

    @Test func anImportWritesARowPerColumnAndEachCellShowsItsPart() throws {
        let f = try Fixture(try scratch.journal())
        let before = try f.journal.recentHistory(limit: 1000).count
        let columns = try bulkImport(f, dates: 3)
        let rows = try f.journal.recentHistory(limit: 1000).dropLast(before)
        #expect(rows.count == 6)
        #expect(rows.filter { $0.kind == .columnEntries }.compactMap(\.columnID).sorted() == columns)
        let cell = try f.journal.history(columnID: columns[1], studentID: f.students[0].id)
        #expect(cell.count == 1)
        #expect(cell.first?.kind == .entry && cell.first?.studentID == f.students[0].id)
        #expect(cell.first?.oldValue == nil && cell.first?.newValue == "5")
        #expect(cell.first?.user == "teacher")
        // A later change of the cell follows the imported value.
        try f.journal.setEntry(columnID: columns[1], studentID: f.students[0].id, to: .mark(3))
        let changed = try f.journal.history(columnID: columns[1], studentID: f.students[0].id)
        #expect(changed.map(\.oldValue) == ["5", nil])
        #expect(changed.map(\.newValue) == ["3", "5"])
        #expect(changed.map(\.kind) == [.entry, .entry])
    }

    @Test func theUndoCountsTheCellsAndNamesTheFirst() throws {
        let f = try Fixture(try scratch.journal())
        _ = try bulkImport(f, dates: 2)
        let change = try #require(try f.journal.nextUndo())
        #expect(change.kind == .columnAdd)
        #expect(change.rows == 2 + 2 * f.students.count)
        #expect(change.classes == 1)
        let place = try #require(change.place)
        #expect(place.studentName == "Иванов П.")
        #expect(place.date == Self.start)
        #expect(place.showsValues && place.oldValue == nil && place.newValue == "4")
        // Forty columns of three cells: 160 > 100 cells, so the undo asks first, as it did with a row per cell.
        _ = try f.journal.undo()
        _ = try bulkImport(f, dates: 40)
        #expect(try f.journal.nextUndo()?.rows == 160)
        #expect(try f.journal.nextUndo()?.isLarge == true)
    }

    @Test(arguments: [1, 3, Journal.replayBatchSize])
    func undoAndRedoInBatchesPutEveryCellBack(batchSize: Int) throws {
        let f = try Fixture(try scratch.journal())
        let columns = try bulkImport(f, dates: 5)
        let imported = try entries(f)
        #expect(imported.count == 15)
        _ = try f.journal.undo(batchSize: batchSize)
        #expect(try entries(f).isEmpty)
        #expect(try f.journal.columns(classID: f.schoolClass.id, subjectID: f.subject.id).map(\.id).sorted() == f.columns.map(\.id).sorted())
        _ = try f.journal.redo(batchSize: batchSize)
        #expect(try entries(f) == imported)
        let cell = try f.journal.history(columnID: columns[4], studentID: f.students[0].id)
        #expect(cell.map(\.oldValue) == [nil, "5", nil])
        #expect(cell.map(\.newValue) == ["5", nil, "5"])
        _ = try f.journal.undo(batchSize: batchSize)
        #expect(try entries(f).isEmpty)
    }

    @Test func anUndoOrRedoIntoALockedTermIsRefusedWithNothingChanged() throws {
        let f = try Fixture(try scratch.journal())
        _ = try bulkImport(f, dates: 2)
        let lock = TermLock(term: 1, kind: .quarter)
        try f.journal.setTermLocked(true, term: lock)
        let imported = try entries(f), history = try f.journal.recentHistory(limit: 1000)
        #expect(throws: StoreError.termLocked(1)) { try f.journal.undo(batchSize: 1) }
        #expect(try entries(f) == imported)
        #expect(try f.journal.recentHistory(limit: 1000) == history)
        try f.journal.setTermLocked(false, term: lock)
        _ = try f.journal.undo()
        try f.journal.setTermLocked(true, term: lock)
        let undone = try f.journal.recentHistory(limit: 1000)
        #expect(throws: StoreError.termLocked(1)) { try f.journal.redo(batchSize: 1) }
        #expect(try entries(f).isEmpty)
        #expect(try f.journal.recentHistory(limit: 1000) == undone)
    }
}
