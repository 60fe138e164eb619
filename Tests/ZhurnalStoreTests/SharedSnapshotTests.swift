import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// `Journal.snapshot(across:)`: several connections reading one state of the file.
@Suite struct SharedSnapshotTests {
    let scratch = Scratch()

    @Test func theReadersSeeOneStateWhileAnotherConnectionWrites() throws {
        let f = try Fixture(try scratch.journal())
        let cell = (column: f.columns[0].id, student: f.students[0].id)
        try f.journal.setEntry(columnID: cell.column, studentID: cell.student, to: .mark(3))
        let path = scratch.path("journal.sqlite")
        let probe = try Journal(path: path, readOnly: true)
        let readers = try (0..<3).map { _ in try Journal(path: path, readOnly: true) }
        let seen = try probe.snapshot(across: readers) { () throws -> [Entry?] in
            try f.journal.setEntry(columnID: cell.column, studentID: cell.student, to: .mark(5))
            return try readers.map { try $0.entry(columnID: cell.column, studentID: cell.student) }
        }
        #expect(seen == [.mark(3), .mark(3), .mark(3)])
        // The transactions are over: the readers see the change now.
        #expect(try readers.map { try $0.entry(columnID: cell.column, studentID: cell.student) } == [.mark(5), .mark(5), .mark(5)])
    }

    @Test func aFailureEndsEveryReadersTransaction() throws {
        let f = try Fixture(try scratch.journal())
        let path = scratch.path("journal.sqlite")
        let probe = try Journal(path: path, readOnly: true)
        let readers = try (0..<2).map { _ in try Journal(path: path, readOnly: true) }
        #expect(throws: StoreError.noSuchColumn(999)) {
            try probe.snapshot(across: readers) { () throws -> Int in throw StoreError.noSuchColumn(999) }
        }
        try f.journal.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(4))
        #expect(try readers.map { try $0.entry(columnID: f.columns[0].id, studentID: f.students[0].id) } == [.mark(4), .mark(4)])
    }

    @Test func aChangeCommittedWhileTheReadersBeginMakesThemBeginAgain() throws {
        let f = try Fixture(try scratch.journal())
        let cell = (column: f.columns[0].id, student: f.students[0].id)
        let path = scratch.path("journal.sqlite")
        let probe = try Journal(path: path, readOnly: true)
        let readers = try (0..<2).map { _ in try Journal(path: path, readOnly: true) }
        var attempts = 0
        let seen = try probe.snapshot(across: readers, whileBeginning: {
            attempts += 1
            if attempts == 1 { try f.journal.setEntry(columnID: cell.column, studentID: cell.student, to: .mark(2)) }
        }) { try readers.map { try $0.entry(columnID: cell.column, studentID: cell.student) } }
        #expect(attempts == 2)
        #expect(seen == [.mark(2), .mark(2)])
        // A file that changes at every try: nil, and no reader is left in a transaction.
        var mark = 2
        let never = try probe.snapshot(across: readers, whileBeginning: {
            mark = mark % 5 + 2
            try f.journal.setEntry(columnID: cell.column, studentID: cell.student, to: .mark(mark))
        }) { 0 }
        #expect(never == nil)
        #expect(readers.allSatisfy { !$0.connection.isInTransaction })
        #expect(try readers[1].entry(columnID: cell.column, studentID: cell.student) == .mark(mark))
    }
}
