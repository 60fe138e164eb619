import Testing
import TerminalUI

@Suite struct LineEditorTests {
    private func edited(_ keys: String, from text: String = "", maxLength: Int? = nil) -> LineEditor {
        var editor = LineEditor(text, maxLength: maxLength)
        for key in Key.typing(keys) { editor.handle(key) }
        return editor
    }

    @Test func typingInsertsAtTheCursor() {
        #expect(edited("Ивнов<left><left><left>а").text == "Иванов")
        #expect(edited("<home>5/", from: "4").text == "5/4")
        #expect(edited("<home>5/", from: "4").cursor == 2)
    }

    @Test func erasing() {
        #expect(edited("<bs><bs>", from: "Петров").text == "Петр")
        #expect(edited("<home><del><del><bs>", from: "Петров").text == "тров")
        #expect(edited("<left><left><C-k>", from: "Петров").text == "Петр")
        #expect(edited("<left><left><C-u>", from: "Петров").text == "ов")
        #expect(edited("<C-w>", from: "Иванов Иван  ").text == "Иванов ")
        #expect(edited("<C-a><C-w><C-e><del>", from: "ab").text == "ab")
    }

    @Test func editingKeysAreAcceptedAndOthersAreNot() {
        var editor = LineEditor("н")
        let accepted = [Key.left, .backspace].map { editor.handle($0) }
        let refused = [Key.enter, .escape, .up, .char("\u{7}"), .char("\u{200F}")].map { editor.handle($0) }
        #expect(accepted == [true, true])
        #expect(refused == [false, false, false, false, false])
        #expect(editor.text == "н")
    }

    @Test func maxLengthStopsTyping() {
        #expect(edited("5/45", maxLength: 3).text == "5/4")
        #expect(LineEditor("осв!", maxLength: 3).text == "осв")
    }

    @Test func combiningAndWideCharactersAreOneStep() {
        #expect(edited("<left><left><bs>", from: "е\u{301}ж日").text == "ж日")
        #expect(edited("<bs>", from: "日本").text == "日")
    }

    @Test func drawingShowsTheCursor() {
        var buffer = CellBuffer(width: 10, height: 1)
        edited("<left><left>", from: "Иванов").draw(into: &buffer, x: 1, y: 0, width: 8)
        #expect(buffer.line(0) == " Иванов   ")
        #expect(buffer[5, 0].style == Style(.cursor))
        #expect(buffer[4, 0].style == .normal)
        LineEditor("5").draw(into: &buffer, x: 1, y: 0, width: 8)
        #expect(buffer.line(0) == " 5        ")
        #expect(buffer[2, 0].style == Style(.cursor))
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        var buffer = CellBuffer(width: 6, height: 1)
        let name = LineEditor("Константинопольский")
        name.draw(into: &buffer, x: 0, y: 0, width: 6)
        #expect(buffer.line(0) == "ьский ")
        #expect(buffer[5, 0].style == Style(.cursor))
        edited("<home>", from: "Константинопольский").draw(into: &buffer, x: 0, y: 0, width: 6)
        #expect(buffer.line(0) == "Конста")
        #expect(buffer[0, 0].style == Style(.cursor))
        LineEditor("日本語").draw(into: &buffer, x: 0, y: 0, width: 6)
        #expect(buffer.line(0) == "本語  ")
        #expect(buffer[4, 0].style == Style(.cursor))
    }
}
