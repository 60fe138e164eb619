import Foundation
import Terminal
import TerminalUI
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// Opens the full-screen journal on a file and runs it until the user quits.
enum Interactive {
    static func open(path: String, language: Language, environment: [String: String],
                     today: LocalDate) throws(CommandFailure) -> CommandOutput {
        // Refused before the journal is opened, so that no file is created for nothing.
        do {
            try TerminalSession.check(environment: environment)
        } catch {
            throw CommandFailure.user(.verbatimLine(error.message.text(language)))
        }
        let journal = try JournalOpener.openForTerminal(path, today: today)
        let session: JournalSession
        let root: PickerScreen
        do {
            session = try JournalSession(journal: journal, today: today)
            session.language = language
            root = try PickerScreen(session: session)
        } catch {
            throw JournalOpener.failure(error, path: path)
        }
        let terminal: TerminalSession
        do {
            terminal = try TerminalSession(environment: environment)
        } catch {
            throw CommandFailure.user(.verbatimLine(error.message.text(language)))
        }
        let glyphs = LineGlyphs.choose(asciiOnly: environment["ZHURNAL_ASCII"] != nil)
        let banner: Message? = journal.isReadOnly ? .journal(.readOnlyBanner) : nil
        var shell = AppShell(root: root, size: terminal.size, context: DrawContext(language: language, glyphs: glyphs, banner: banner))
        let ended = terminal.run(&shell)
        terminal.close()
        if case .signal(let number) = ended { exit(128 + number) }
        return CommandOutput()
    }
}
