import Foundation

/// A positive decimal weight with at most two fractional digits, held exactly in hundredths.
public struct Weight: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The weight × 100, e.g. 150 for 1.5.
    public let hundredths: Int

    /// Creates a weight from hundredths; nil unless positive and at most 100.00.
    public init?(hundredths: Int) {
        guard hundredths > 0, hundredths <= 10_000 else { return nil }
        self.hundredths = hundredths
    }

    /// A whole-number weight.
    public init(_ whole: Int) {
        precondition(whole > 0 && whole <= 100, "weight out of range")
        hundredths = whole * 100
    }

    /// Parses `2`, `1.5`, `1,25`; refuses zero, negatives, three or more decimals and junk.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 3,
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int(parts[0]) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let f = parts[1]
            guard (1...2).contains(f.count), f.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(f) else { return nil }
            fraction = f.count == 1 ? v * 10 : v
        }
        self.init(hundredths: whole * 100 + fraction)
    }

    /// Shortest decimal form: `2`, `1.5`, `1.25`.
    public var description: String {
        let whole = hundredths / 100, frac = hundredths % 100
        if frac == 0 { return String(whole) }
        if frac % 10 == 0 { return "\(whole).\(frac / 10)" }
        return "\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }

    public static func < (a: Weight, b: Weight) -> Bool { a.hundredths < b.hundredths }
}
