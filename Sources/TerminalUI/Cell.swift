/// One terminal column of a `CellBuffer`.
public struct Cell: Hashable, Sendable {
    /// What the column shows.
    public enum Content: Hashable, Sendable {
        /// A printable grapheme starting in this column (one or two columns wide).
        case glyph(Character)
        /// The right half of the wide grapheme in the column to the left.
        case continuation
    }

    public var content: Content
    public var style: Style

    public init(_ content: Content, style: Style = .normal) {
        self.content = content
        self.style = style
    }

    /// A space in the default style.
    public static let blank = Cell(.glyph(" "))
}
