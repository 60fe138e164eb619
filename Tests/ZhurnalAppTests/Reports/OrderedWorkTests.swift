import Foundation
import Testing
@testable import ZhurnalApp

/// `OrderedWork`: items handed out in order, each result in its slot, none after a failure.
@Suite struct OrderedWorkTests {
    private struct Refused: Error, Equatable { let item: Int }

    @Test func itemsAreHandedOutInOrderAndStopAfterAFailure() throws {
        let work = OrderedWork<Int, Refused>(count: 6)
        #expect(work.claim() == 0)
        #expect(work.claim() == 1)
        #expect(work.claim() == 2)
        work.set(1, .success(10))
        work.set(2, .failure(Refused(item: 2)))
        // Item 0 is still being worked on; nothing new is handed out.
        #expect(work.claim() == nil)
        work.set(0, .success(0))
        #expect(try work.get(0)?.get() == 0)
        #expect(try work.get(1)?.get() == 10)
        #expect(throws: Refused(item: 2)) { try work.get(2)?.get() }
        #expect(work.get(3) == nil && work.get(5) == nil)
    }

    @Test func threadsFillEverySlotOnce() {
        let work = OrderedWork<Int, Refused>(count: 1_000)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            while let item = work.claim() { work.set(item, .success(item * item)) }
        }
        #expect((0..<1_000).allSatisfy { (try? work.get($0)?.get()) == $0 * $0 })
        #expect(work.claim() == nil)
    }
}
