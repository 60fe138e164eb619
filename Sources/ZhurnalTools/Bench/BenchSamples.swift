/// Measured durations of one benchmark, in seconds.
public struct BenchSamples: Sendable, Equatable {
    public private(set) var seconds: [Double] = []

    public init(_ seconds: [Double] = []) {
        self.seconds = seconds
    }

    /// Times `body` once and keeps the sample.
    @discardableResult
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let elapsed = start.duration(to: clock.now)
        seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        return result
    }

    /// The middle sample (the mean of the two middle ones for an even count).
    public var median: Double? {
        guard !seconds.isEmpty else { return nil }
        let sorted = seconds.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The 99th percentile (nearest rank).
    public var p99: Double? {
        guard !seconds.isEmpty else { return nil }
        let sorted = seconds.sorted()
        let rank = Int((Double(sorted.count) * 0.99).rounded(.up))
        return sorted[max(0, min(sorted.count, rank) - 1)]
    }
}
