import Testing
@testable import TerminalUI

/// A yes/no question: y, д or l (the same key on a Russian layout) says yes; anything else no.
@Suite struct ConfirmationKeysTests {
    enum Answer { case yes, no }

    private func answer(_ key: Key) -> Answer? {
        ConfirmationKeys.bindings(yes: Answer.yes, no: Answer.no).first { $0.trigger.matches(key) }?.command
    }

    @Test func yesOnBothLayoutsEverythingElseNo() {
        for character in "yYдДlL" { #expect(answer(.char(character)) == .yes, "\(character)") }
        for key in [Key.char("n"), .char("н"), .char("5"), .escape, .enter] { #expect(answer(key) == .no, "\(key)") }
    }
}
