/// How a cell looks: a semantic colour role plus attributes.
public struct Style: Hashable, Sendable {
    public var role: ColorRole
    public var attributes: TextAttributes

    public init(_ role: ColorRole = .normal, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// Default colours, no attributes.
    public static let normal = Style()
}
