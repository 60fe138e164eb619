import Foundation
import ZhurnalCore

/// How many inputs a fuzz test feeds and from which seed.
///
/// `ZHURNAL_FUZZ_ITERATIONS` multiplies every test's default count (e.g. `100` for the long run
/// in docs/hostile-input.md); without it `ZHURNAL_SOAK` (set by `.ci/run`) multiplies by 5.
/// `ZHURNAL_FUZZ_SEED` replaces every test's fixed seed. Without them a run is fast and the same
/// on every machine.
public struct FuzzRun: Sendable {
    /// The number of inputs to feed.
    public let iterations: Int
    /// The seed the generator starts from.
    public let seed: UInt64

    /// A run of `iterations` inputs from `seed`, both overridable from the environment.
    public init(iterations: Int, seed: UInt64, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let soak = environment["ZHURNAL_SOAK"].map { !$0.isEmpty && $0 != "0" } ?? false
        let factor = environment["ZHURNAL_FUZZ_ITERATIONS"].flatMap(Int.init).map { max(1, $0) } ?? (soak ? 5 : 1)
        self.iterations = iterations * factor
        self.seed = environment["ZHURNAL_FUZZ_SEED"].flatMap(UInt64.init) ?? seed
    }

    /// A fresh generator at the run's seed.
    public var generator: SeededGenerator { SeededGenerator(seed: seed) }
}
