/// What every screen needs to draw: the language and the line characters.
public struct DrawContext: Hashable, Sendable {
    public var language: Language
    public var glyphs: LineGlyphs

    public init(language: Language, glyphs: LineGlyphs = .unicode) {
        self.language = language
        self.glyphs = glyphs
    }

    /// `message` in the context's language.
    public func text(_ message: Message) -> String {
        message.text(language)
    }
}
