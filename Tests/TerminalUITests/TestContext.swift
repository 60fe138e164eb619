import TerminalUI

/// The test application's name, as a real application tells its own.
enum TestText: LocalizedText {
    case appName

    func text(_ language: Language) -> String {
        language == .ru ? "Журнал" : "Zhurnal"
    }
}

extension DrawContext {
    /// A drawing context named like the journal, so that title lines read as on screen.
    init(language: Language, glyphs: LineGlyphs = .unicode, banner: Message? = nil) {
        self.init(appName: .application(ApplicationText(TestText.appName)), language: language, glyphs: glyphs, banner: banner)
    }
}
