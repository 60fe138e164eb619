import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// `Journal.snapshot`: a report's many reads see one state of the file, even while another
/// window commits a mark; afterwards the next read sees it.
@Suite struct SnapshotTests {
    let scratch = Scratch()

    @Test func readsInsideASnapshotSeeOneStateOfTheFile() throws {
        let f = try Fixture(try scratch.journal())
        try f.journal.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(4))
        let reader = try scratch.journal(readOnly: true)
        let other = try scratch.journal(user: "colleague")
        let seen = try reader.snapshot {
            let first = try reader.entry(columnID: f.columns[0].id, studentID: f.students[0].id)
            try other.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(5))
            let second = try reader.entry(columnID: f.columns[0].id, studentID: f.students[0].id)
            return [first, second]
        }
        #expect(seen == [.mark(4), .mark(4)])
        #expect(try reader.entry(columnID: f.columns[0].id, studentID: f.students[0].id) == .mark(5))
        #expect(try reader.snapshot { try reader.snapshot { try reader.entry(columnID: f.columns[0].id, studentID: f.students[0].id) } }
                == .mark(5), "a snapshot inside a snapshot is the same one")
    }
}
