import Foundation

/// A small deterministic generator (xorshift64*) so that a failing run can be repeated with its seed.
struct TestRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed == 0 ? 0x2545_F491_4F6C_DD1D : seed
    }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}

/// Numbers the long runs take from the environment (`ZHURNAL_CRASH_KILLS=1000`, …).
///
/// Without a variable of its own a setting takes its `quick` value, so that plain `swift test`
/// stays fast, or its `soak` value when `ZHURNAL_SOAK` is set (`.ci/run` sets it).
enum TestSetting {
    static func integer(_ name: String, quick: Int, soak: Int) -> Int {
        let environment = ProcessInfo.processInfo.environment
        return environment[name].flatMap(Int.init) ?? (isSoak(environment) ? soak : quick)
    }

    /// A setting that is the same in quick and soak runs (a seed).
    static func integer(_ name: String, default value: Int) -> Int {
        integer(name, quick: value, soak: value)
    }

    /// True when the long runs are asked for: `ZHURNAL_SOAK` set to anything but empty or `0`.
    static func isSoak(_ environment: [String: String]) -> Bool {
        guard let value = environment["ZHURNAL_SOAK"] else { return false }
        return !value.isEmpty && value != "0"
    }
}
