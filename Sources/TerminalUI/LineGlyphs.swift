/// The characters used for lines and boxes: Unicode box drawing, or plain ASCII for terminals
/// and fonts without it.
public struct LineGlyphs: Hashable, Sendable {
    public let horizontal: Character
    public let vertical: Character
    public let topLeft: Character
    public let topRight: Character
    public let bottomLeft: Character
    public let bottomRight: Character

    /// `─ │ ┌ ┐ └ ┘`
    public static let unicode = LineGlyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                           bottomLeft: "└", bottomRight: "┘")

    /// `- | + + + +`
    public static let ascii = LineGlyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                         bottomLeft: "+", bottomRight: "+")

    /// The ASCII set when `asciiOnly`, otherwise the Unicode one.
    public static func choose(asciiOnly: Bool) -> LineGlyphs {
        asciiOnly ? .ascii : .unicode
    }
}
