import Testing
import TerminalUI

@Suite struct KeyTests {
    @Test func typingPlainText() {
        #expect(Key.typing("5\r4\n") == [.char("5"), .enter, .char("4"), .enter])
        #expect(Key.typing("н\t\u{1B}\u{7F}\u{08}\u{13}") == [.char("н"), .tab, .escape, .backspace, .backspace, .ctrl("s")])
    }

    @Test func typingNamedKeys() {
        #expect(Key.typing("<up><down><left><right><home><end><pgup><pgdn>")
            == [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown])
        #expect(Key.typing("<enter><esc><bs><del><tab><btab><F2><F10><C-s><lt>")
            == [.enter, .escape, .backspace, .delete, .tab, .backTab, .function(2), .function(10), .ctrl("s"), .char("<")])
        #expect(Key.typing("5<resize 40x12>>") == [.char("5"), .resize(width: 40, height: 12), .char(">")])
    }

    @Test func labels() {
        #expect(Key.function(2).label == "F2")
        #expect(Key.ctrl("s").label == "Ctrl-S")
        #expect(Key.char(" ").label == "Space")
        #expect(Key.char("н").label == "н")
        #expect([Key.up, .pageDown, .escape, .backTab].map(\.label) == ["↑", "PgDn", "Esc", "Shift-Tab"])
    }

    @Test func triggers() {
        let marks = KeyTrigger.characters(Set("12345н"), label: "1–5 н")
        #expect(marks.matches(.char("н")))
        #expect(!marks.matches(.char("q")))
        #expect(!marks.matches(.enter))
        #expect(KeyTrigger.anyCharacter(label: "текст").matches(.char("q")))
        #expect(!KeyTrigger.anyCharacter(label: "текст").matches(.ctrl("c")))
        #expect(KeyTrigger.keys([.function(2), .enter]).label == "F2 Enter")
        let editing = KeyTrigger.group(LineEditor.editingKeys, label: "← → Del")
        #expect(editing.matches(.ctrl("w")))
        #expect(!editing.matches(.enter))
        #expect(editing.label == "← → Del")
    }
}
