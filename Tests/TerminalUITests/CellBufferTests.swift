import Testing
import TerminalUI

@Suite struct CellBufferTests {
    @Test func putWritesCyrillicAndReturnsWidth() {
        var buffer = CellBuffer(width: 12, height: 2)
        let written = buffer.put("Привет", x: 2, y: 1, style: Style(.header, .bold))
        #expect(written == 6)
        #expect(buffer.lines() == ["            ", "  Привет    "])
        #expect(buffer[2, 1] == Cell(.glyph("П"), style: Style(.header, .bold)))
        #expect(buffer[8, 1] == .blank)
    }

    @Test func maxWidthClips() {
        var buffer = CellBuffer(width: 10, height: 1)
        #expect(buffer.put("Константинопольский", x: 1, y: 0, maxWidth: 5) == 5)
        #expect(buffer.trimmedLines() == [" Конст"])
    }

    @Test func wideCharacterAtTheEdgeBecomesSpace() {
        var buffer = CellBuffer(width: 10, height: 1)
        buffer.fill(buffer.bounds, with: "x")
        #expect(buffer.put("日本語", x: 5, y: 0) == 5)
        #expect(buffer.line(0) == "xxxxx日本 ")
        #expect(buffer[6, 0].content == .continuation)
        #expect(buffer[9, 0] == .blank)
    }

    @Test func wideCharacterCutByMaxWidthBecomesSpace() {
        var buffer = CellBuffer(width: 10, height: 1)
        buffer.fill(buffer.bounds, with: "x")
        #expect(buffer.put("中文", x: 0, y: 0, maxWidth: 3) == 3)
        #expect(buffer.line(0) == "中 xxxxxxx")
    }

    @Test func textLeftOfTheBufferIsSkipped() {
        var buffer = CellBuffer(width: 6, height: 1)
        #expect(buffer.put("Привет", x: -2, y: 0) == 4)
        #expect(buffer.line(0) == "ивет  ")
        #expect(buffer.put("日本", x: -1, y: 0) == 3)
        #expect(buffer.line(0) == " 本т  ")
    }

    @Test func rowsOutsideTheBufferAreIgnored() {
        var buffer = CellBuffer(width: 4, height: 1)
        #expect(buffer.put("abc", x: 0, y: 1) == 0)
        #expect(buffer.put("abc", x: 0, y: -1) == 0)
        #expect(buffer.put("abc", x: 9, y: 0) == 0)
        #expect(buffer.trimmedLines() == [""])
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("日本", x: 0, y: 0)
        buffer.put("a", x: 1, y: 0)
        #expect(buffer.line(0) == " a本  ")
        buffer.put("b", x: 2, y: 0)
        #expect(buffer.line(0) == " ab   ")
        #expect(buffer[3, 0] == .blank)
        buffer.put("語", x: 1, y: 0)
        #expect(buffer.line(0) == " 語   ")
    }

    @Test func controlCharactersNeverReachTheBuffer() {
        var buffer = CellBuffer(width: 8, height: 1)
        #expect(buffer.put("a\tb\u{1B}[2J", x: 0, y: 0) == 7)
        #expect(buffer.line(0) == "a\u{FFFD}b\u{FFFD}[2J ")
    }

    @Test func zeroWidthCharactersAreDropped() {
        var buffer = CellBuffer(width: 5, height: 1)
        #expect(buffer.put("a\u{200B}\u{200F}b\u{2066}", x: 0, y: 0) == 2)
        #expect(buffer.line(0) == "ab   ")
    }

    @Test func fillClearAndStyle() {
        var buffer = CellBuffer(width: 5, height: 3)
        buffer.fill(Rect(x: 1, y: 1, width: 10, height: 5), with: "#", style: Style(.selected))
        #expect(buffer.lines() == ["     ", " ####", " ####"])
        buffer.setStyle(Style(.error), in: Rect(x: 0, y: 2, width: 2, height: 1))
        #expect(buffer[1, 2] == Cell(.glyph("#"), style: Style(.error)))
        #expect(buffer[2, 2].style == Style(.selected))
        buffer.clear()
        #expect(buffer == CellBuffer(width: 5, height: 3))
    }

    @Test func fillWithAWideCharacter() {
        var buffer = CellBuffer(width: 5, height: 1)
        buffer.fill(buffer.bounds, with: "中")
        #expect(buffer.line(0) == "中中 ")
    }

    @Test func boxesInUnicodeAndASCII() {
        var buffer = CellBuffer(width: 7, height: 4)
        buffer.box(Rect(x: 1, y: 0, width: 5, height: 3))
        buffer.horizontalLine(x: 0, y: 3, length: 7, glyphs: .ascii)
        #expect(buffer.lines() == [" ┌───┐ ", " │   │ ", " └───┘ ", "-------"])
        var ascii = CellBuffer(width: 4, height: 3)
        ascii.box(ascii.bounds, glyphs: LineGlyphs.choose(asciiOnly: true))
        #expect(ascii.lines() == ["+--+", "|  |", "+--+"])
        #expect(ascii[0, 1].style == Style(.border))
    }

    @Test func verticalLineIsClipped() {
        var buffer = CellBuffer(width: 2, height: 3)
        buffer.verticalLine(x: 1, y: 1, length: 9)
        #expect(buffer.lines() == ["  ", " │", " │"])
    }

    @Test func drawingOneBufferIntoAnotherNeverSplitsWideCharacters() {
        var inner = CellBuffer(width: 4, height: 1)
        inner.put("a日b", x: 0, y: 0)
        var outer = CellBuffer(width: 5, height: 3)
        outer.draw(inner, x: 3, y: 0)
        outer.draw(inner, x: -2, y: 1)
        outer.draw(inner, x: 0, y: 2)
        #expect(outer.lines() == ["   a ", " b   ", "a日b "])
    }

    @Test func trimmedLinesAndTinyBuffers() {
        var buffer = CellBuffer(width: 6, height: 2)
        buffer.put("5 4", x: 0, y: 0)
        #expect(buffer.trimmedLines() == ["5 4", ""])
        #expect(CellBuffer(width: -1, height: 3).lines() == ["", "", ""])
        var empty = CellBuffer(width: 0, height: 0)
        #expect(empty.put("x", x: 0, y: 0) == 0)
    }
}
