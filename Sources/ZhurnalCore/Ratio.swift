/// An exact rational number: averages, percentages and statistics are computed with it so that
/// `(2×1.4 + 4×1.4 + 5×1.2) / 4.0` is exactly 3.60, never 3.5999….
public struct Ratio: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Numerator, sign carried here.
    public let numerator: Int
    /// Denominator, always positive.
    public let denominator: Int

    /// Creates `numerator / denominator`, normalised; the denominator must not be zero.
    public init(numerator: Int, denominator: Int) {
        precondition(denominator != 0, "zero denominator")
        let sign = denominator < 0 ? -1 : 1
        let divisor = Ratio.gcd(abs(numerator), abs(denominator))
        self.numerator = sign * numerator / max(divisor, 1)
        self.denominator = sign * denominator / max(divisor, 1)
    }

    /// A whole number.
    public init(_ value: Int) {
        self.init(numerator: value, denominator: 1)
    }

    /// A value given in hundredths, e.g. 360 for 3.60.
    public init(hundredths: Int) {
        self.init(numerator: hundredths, denominator: 100)
    }

    /// The value × 100 rounded half away from zero: 3.605 → 361, −0.505 → −51.
    public var hundredthsHalfUp: Int {
        let scaled = numerator * 100
        let magnitude = (2 * abs(scaled) + denominator) / (2 * denominator)
        return scaled < 0 ? -magnitude : magnitude
    }

    /// The value rounded half-up to hundredths, as a ratio (what the journal shows).
    public var roundedToHundredths: Ratio { Ratio(hundredths: hundredthsHalfUp) }

    /// Always two decimals with a point: "3.61", "-0.50", "100.00".
    public var shown: String {
        let h = hundredthsHalfUp
        let magnitude = abs(h)
        let fraction = magnitude % 100
        return "\(h < 0 ? "-" : "")\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public var description: String { shown }

    public static func < (a: Ratio, b: Ratio) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    public static func + (a: Ratio, b: Ratio) -> Ratio {
        Ratio(numerator: a.numerator * b.denominator + b.numerator * a.denominator, denominator: a.denominator * b.denominator)
    }

    public static func - (a: Ratio, b: Ratio) -> Ratio {
        Ratio(numerator: a.numerator * b.denominator - b.numerator * a.denominator, denominator: a.denominator * b.denominator)
    }

    public static func * (a: Ratio, b: Ratio) -> Ratio {
        Ratio(numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator)
    }

    /// Division by a non-zero ratio.
    public static func / (a: Ratio, b: Ratio) -> Ratio {
        precondition(b.numerator != 0, "division by zero")
        return Ratio(numerator: a.numerator * b.denominator, denominator: a.denominator * b.numerator)
    }

    /// `part / whole × 100`, or nil when `whole` is zero.
    public static func percent(_ part: Int, of whole: Int) -> Ratio? {
        whole == 0 ? nil : Ratio(numerator: part * 100, denominator: whole)
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
