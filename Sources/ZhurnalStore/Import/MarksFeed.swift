import Foundation

/// Hands the batches of a marks check from the thread that reads and checks the file to the
/// thread that writes them, then the check's end: its problems or the failure that stopped it.
final class MarksFeed: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [MarksPlan.Batch] = []
    private var end: Result<[ImportRowError], ImportFailure>?
    private var problemSeen = false
    private var stopped = false

    /// Whether a bad row has been found (the writer may stop writing).
    var hasProblems: Bool {
        condition.withLock { problemSeen }
    }

    /// Whether the writer has stopped taking batches (it failed): the check may stop too.
    var isStopped: Bool {
        condition.withLock { stopped }
    }

    /// Tells the check that no more batches will be taken, and waits for it to end.
    func stop() {
        condition.withLock {
            stopped = true
            while end == nil { condition.wait() }
        }
    }

    /// Adds a batch; `problems` tells whether bad rows have been found so far.
    func put(_ batch: MarksPlan.Batch, problems: Bool) {
        condition.withLock {
            batches.append(batch)
            problemSeen = problemSeen || problems
            condition.signal()
        }
    }

    /// Ends the feed with the rows refused, or the failure that stopped the check.
    func finish(_ outcome: Result<[ImportRowError], ImportFailure>) {
        condition.withLock {
            end = outcome
            condition.signal()
        }
    }

    /// The next batch, waiting for it; nil once the check has ended and every batch was taken.
    func next() -> MarksPlan.Batch? {
        condition.withLock {
            while batches.isEmpty && end == nil { condition.wait() }
            return batches.isEmpty ? nil : batches.removeFirst()
        }
    }

    /// How the check ended; call after `next()` returned nil.
    var outcome: Result<[ImportRowError], ImportFailure> {
        condition.withLock { end ?? .success([]) }
    }
}
