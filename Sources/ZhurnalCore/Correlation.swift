/// Pearson's correlation coefficient computed exactly, without floating point.
///
/// Method: with n pairs of integers (x, y), Sxy = nΣxy − ΣxΣy, Sxx = nΣx² − (Σx)²,
/// Syy = nΣy² − (Σy)², and r = Sxy / √(Sxx·Syy). All sums are exact in `Int128`. The coefficient
/// is shown to two decimals half-up: |r|·100 rounds to the largest k in 0…100 with k = 0 or
/// (2k − 1)²·Sxx·Syy ≤ 40 000·Sxy² (that is, k − ½ ≤ 100·|r|), an integer comparison; the sign
/// is the sign of Sxy. Scaling y (e.g. averages in hundredths) does not change r.
public struct Correlation: Equatable, Sendable {
    /// r in hundredths, −100…100.
    public let hundredths: Int

    /// The coefficient of the pairs; nil with fewer than three pairs, when either side does not
    /// vary, or when a sum would not fit `Int128` (values far beyond any score; every operation
    /// is checked, so such input gives no coefficient instead of a crash).
    public init?(_ pairs: [(x: Int, y: Int)]) {
        guard pairs.count >= 3, let value = try? Self.hundredths(of: pairs) else { return nil }
        hundredths = value
    }

    /// An `Int128` operation that overflowed.
    private struct Overflow: Error {}

    private static func hundredths(of pairs: [(x: Int, y: Int)]) throws(Overflow) -> Int? {
        let n = Int128(pairs.count)
        var sx: Int128 = 0, sy: Int128 = 0, sxx: Int128 = 0, syy: Int128 = 0, sxy: Int128 = 0
        for (x, y) in pairs {
            let (x, y) = (Int128(x), Int128(y))
            sx = try add(sx, x)
            sy = try add(sy, y)
            sxx = try add(sxx, try multiply(x, x))
            syy = try add(syy, try multiply(y, y))
            sxy = try add(sxy, try multiply(x, y))
        }
        let covariance = try subtract(try multiply(n, sxy), try multiply(sx, sy))
        let varianceX = try subtract(try multiply(n, sxx), try multiply(sx, sx))
        let varianceY = try subtract(try multiply(n, syy), try multiply(sy, sy))
        guard varianceX > 0, varianceY > 0 else { return nil }
        let product = try multiply(varianceX, varianceY)
        let scaled = try multiply(40_000, try multiply(covariance, covariance))
        var k = 0
        while k < 100 {
            let next = Int128(2 * (k + 1) - 1)
            guard let left = try? multiply(next * next, product), left <= scaled else { break }
            k += 1
        }
        return covariance < 0 ? -k : k
    }

    private static func add(_ a: Int128, _ b: Int128) throws(Overflow) -> Int128 {
        let (value, overflow) = a.addingReportingOverflow(b)
        if overflow { throw Overflow() }
        return value
    }

    private static func subtract(_ a: Int128, _ b: Int128) throws(Overflow) -> Int128 {
        let (value, overflow) = a.subtractingReportingOverflow(b)
        if overflow { throw Overflow() }
        return value
    }

    private static func multiply(_ a: Int128, _ b: Int128) throws(Overflow) -> Int128 {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        if overflow { throw Overflow() }
        return value
    }

    /// The coefficient with two decimals, e.g. `0.83`, `-0.10`, `1.00`.
    public var shown: String {
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100 < 10 ? "0\(magnitude % 100)" : "\(magnitude % 100)"
        return (hundredths < 0 ? "-" : "") + "\(magnitude / 100).\(fraction)"
    }
}
