/// What every screen needs to draw: the language and the line characters.
public struct DrawContext: Hashable, Sendable {
    /// The program's name, first on the title line.
    public var appName: Message
    public var language: Language
    public var glyphs: LineGlyphs
    /// Shown at the right end of the title line on every screen (e.g. «Только чтение»).
    public var banner: Message?

    public init(appName: Message, language: Language, glyphs: LineGlyphs = .unicode, banner: Message? = nil) {
        self.appName = appName
        self.language = language
        self.glyphs = glyphs
        self.banner = banner
    }

    /// `message` in the context's language.
    public func text(_ message: Message) -> String {
        message.text(language)
    }
}
