import Foundation
import HostileSupport
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// F1 on every journal screen lists exactly that screen's key table, then the shell's free keys;
/// a form adds one line per kind of field it has (text, date, choice, mark) and no other; lists
/// never call their arrows «перемещение по журналу» (issue 13, item 7).
@Suite struct HelpFromKeyTableTests {
    let scratch = ScratchFolder()

    /// The shell's help lines as drawn in a terminal big enough for all of them.
    private func helpLines(_ shell: AppShell) -> [String] {
        var shown = shell
        shown.type("<F1>")
        #expect(shown.isShowingHelp)
        return shown.frame
    }

    /// Every entry of the top screen's key table, then the shell's, is drawn as one help line.
    private func checkHelp(_ shell: AppShell, language: Language = .ru,
                           sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let table = shell.top.keyHelp
        #expect(Array(shell.helpEntries.prefix(table.count)) == table, sourceLocation: sourceLocation)
        let lines = helpLines(shell)
        for entry in shell.helpEntries {
            let text = entry.help.text(language)
            #expect(lines.contains { $0.contains(entry.keys) && $0.contains(text) }, "\(entry.keys) \(text)",
                    sourceLocation: sourceLocation)
        }
        return lines
    }

    private func shell(_ fixture: GridFixture, keys: String = "", language: Language = .ru) throws -> AppShell {
        let screen = try JournalGridScreen(session: fixture.session, pair: fixture.pair)
        var shell = AppShell(root: screen, size: Size(width: 170, height: 60), context: DrawContext(language: language))
        shell.type(keys)
        return shell
    }

    private static let formKindTexts: [Message] = [.keyTypeText, .keyTypeDate, .keyChoose, .journal(.keyTypeMark)]

    /// The form's field-kind lines are those of `kinds`, in that order.
    private func expectKinds(_ shell: AppShell, _ kinds: [Message], sourceLocation: SourceLocation = #_sourceLocation) {
        let helps = shell.helpEntries.map(\.help)
        let shown = helps.filter { help in Self.formKindTexts.contains { help == $0 } }
        #expect(shown == kinds, sourceLocation: sourceLocation)
        #expect(!helps.contains(.journal(.keyEnter)), "a form never offers to type a lesson mark", sourceLocation: sourceLocation)
        #expect(!helps.contains(.journal(.keyMove)), "a form's Tab goes to the next field, not around the journal",
                sourceLocation: sourceLocation)
    }

    @Test func gridInEachModeListsItsOwnTable() throws {
        let fixture = try GridFixture(scratch)
        let lines = checkHelp(try shell(fixture))
        #expect(lines.contains { $0.contains("/") && $0.contains("Найти ученика") })
        #expect(lines.contains { $0.contains("=") && $0.contains("Выставить рекомендованные итоговые всем") })
        _ = checkHelp(try shell(fixture, keys: "/"))
        _ = checkHelp(try shell(fixture, keys: "<F8>"))
    }

    @Test func gridWhileWaitingToWrite() throws {
        let fixture = try GridFixture(scratch)
        let holder = try SQLiteConnection(path: fixture.path, mode: .readWrite)
        try holder.execute("BEGIN IMMEDIATE")
        defer { try? holder.execute("ROLLBACK") }
        let lines = checkHelp(try shell(fixture, keys: "5\r"))
        #expect(lines.contains { $0.contains("Esc") && $0.contains("Не ждать") })
    }

    @Test func formsListTheirFieldKinds() throws {
        let fixture = try GridFixture(scratch)
        let column = try shell(fixture, keys: "<F3>")
        #expect(column.depth == 2)
        _ = checkHelp(column)
        expectKinds(column, [.keyTypeDate, .keyChoose, .keyTypeText])
        let final = try shell(fixture, keys: "<F5>")
        _ = checkHelp(final)
        expectKinds(final, [.journal(.keyTypeMark), .keyTypeText])
        let note = try shell(fixture, keys: "<left>m")
        #expect(note.depth == 2)
        _ = checkHelp(note)
        expectKinds(note, [.keyTypeText])
        var settings = AppShell(root: SettingsScreen(session: fixture.session), size: Size(width: 170, height: 60),
                                context: DrawContext(language: .ru))
        _ = checkHelp(settings)
        expectKinds(settings, [.keyTypeText])
        settings.type("<F1>")
        #expect(!settings.frame.contains { $0.contains("Ввести отметку") })
    }

    @Test func listsMoveThroughTheListNotTheJournal() throws {
        let fixture = try GridFixture(scratch)
        for keys in ["<F4>", "v"] {
            let list = try shell(fixture, keys: keys)
            #expect(list.depth == 2, "\(keys)")
            let lines = checkHelp(list)
            #expect(!lines.contains { $0.contains("Перемещение по журналу") }, "\(keys)")
            #expect(lines.contains { $0.contains("Перемещение по списку") }, "\(keys)")
        }
    }

    /// The class list (F4 on the first screen) and its movement forms: a list's arrows, a
    /// form's field kinds.
    @Test func theClassListAndItsForms() throws {
        let fixture = try GridFixture(scratch)
        _ = try fixture.journal.findOrCreateClass(named: "7Б")
        var roster = AppShell(root: try PickerScreen(session: fixture.session), size: Size(width: 170, height: 60),
                              context: DrawContext(language: .ru))
        let picker = checkHelp(roster)
        #expect(picker.contains { $0.contains("F4") && $0.contains("Список выбранного класса и движение учащихся") })
        roster.type("<F4>")
        let lines = checkHelp(roster)
        #expect(lines.contains { $0.contains("Перемещение по списку") })
        #expect(lines.contains { $0.contains("F8") && $0.contains("Выбытие ученика") })
        for (keys, kinds) in [("<F3>", [Message.keyTypeText, .keyTypeDate]), ("<F8>", [.keyTypeDate, .keyTypeText]),
                              ("<F5>", [.keyChoose, .keyTypeDate, .keyTypeText]), ("<F2>", [.keyTypeText, .keyTypeDate])] {
            var form = roster
            form.type(keys)
            #expect(form.depth == 3, "\(keys)")
            _ = checkHelp(form)
            expectKinds(form, kinds)
        }
    }

    /// In English, `u` is undo: the entry line names the Cyrillic letters, not `u` or `op`.
    @Test func englishHelpDoesNotOfferUAsAnEntry() throws {
        let fixture = try GridFixture(scratch)
        let english = try shell(fixture, language: .en)
        let lines = checkHelp(english, language: .en)
        let entry = try #require(lines.first { $0.contains("Type an entry") })
        #expect(!entry.contains(" u "))
        #expect(!entry.contains(" op"))
        #expect(entry.contains("у оп"))
        #expect(lines.contains { $0.contains("u Ctrl-Z") && $0.contains("Undo") })
    }
}
