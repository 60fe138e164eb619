/// A size in terminal columns and rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// True when `other` fits inside this size.
    public func contains(_ other: Size) -> Bool {
        width >= other.width && height >= other.height
    }

    /// `80×24`.
    public var description: String { "\(width)×\(height)" }
}
