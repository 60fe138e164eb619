import TerminalUI

extension Message {
    /// A text of the journal screens as a toolkit message.
    public static func journal(_ text: JournalText) -> Message {
        .application(ApplicationText(text))
    }
}

extension DrawContext {
    /// The journal's drawing context: its name first on the title line.
    public init(language: Language, glyphs: LineGlyphs = .unicode, banner: Message? = nil) {
        self.init(appName: .journal(.appName), language: language, glyphs: glyphs, banner: banner)
    }
}
