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

    /// The coefficient of the pairs; nil with fewer than three pairs or when either side does
    /// not vary.
    public init?(_ pairs: [(x: Int, y: Int)]) {
        guard pairs.count >= 3 else { return nil }
        let n = Int128(pairs.count)
        var sx: Int128 = 0, sy: Int128 = 0, sxx: Int128 = 0, syy: Int128 = 0, sxy: Int128 = 0
        for (x, y) in pairs {
            let (x, y) = (Int128(x), Int128(y))
            sx += x
            sy += y
            sxx += x * x
            syy += y * y
            sxy += x * y
        }
        let covariance = n * sxy - sx * sy
        let varianceX = n * sxx - sx * sx, varianceY = n * syy - sy * sy
        guard varianceX > 0, varianceY > 0 else { return nil }
        let product = varianceX * varianceY
        let scaled = 40_000 * covariance * covariance
        var k = 0
        while k < 100 {
            let next = Int128(2 * (k + 1) - 1)
            guard next * next * product <= scaled else { break }
            k += 1
        }
        hundredths = covariance < 0 ? -k : k
    }

    /// The coefficient with two decimals, e.g. `0.83`, `-0.10`, `1.00`.
    public var shown: String {
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100 < 10 ? "0\(magnitude % 100)" : "\(magnitude % 100)"
        return (hundredths < 0 ? "-" : "") + "\(magnitude / 100).\(fraction)"
    }
}
