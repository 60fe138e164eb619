import Foundation

/// Items `0..<count` handed out to threads one at a time, each item's result kept in its slot;
/// after a failure no further item is handed out, so the results up to the first failure in item
/// order are those of a run one item after another.
final class OrderedWork<Success, Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Success, Failure>?]
    private var next = 0
    private var stopped = false

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The next item to work on, nil when all are taken or one has failed.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped, next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ result: Result<Success, Failure>) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
        if case .failure = result { stopped = true }
    }

    /// An item's result, nil when it was not worked on.
    func get(_ index: Int) -> Result<Success, Failure>? {
        lock.lock()
        defer { lock.unlock() }
        return slots[index]
    }
}
