import Testing
import TerminalUI

@Suite struct TextLayoutTests {
    @Test func longCyrillicNameIsCutToExactWidth() {
        #expect("Константинопольский К.".truncated(toWidth: 10) == "Константи…")
        #expect("Константинопольский К.".truncated(toWidth: 21) == "Константинопольский …")
        #expect("Константинопольский К.".truncated(toWidth: 22) == "Константинопольский К.")
    }

    @Test func shortTextIsNotChanged() {
        #expect("Иванов".truncated(toWidth: 6) == "Иванов")
        #expect("Иванов".truncated(toWidth: 30) == "Иванов")
    }

    @Test func wideCharacterAtTheCutIsReplacedBySpace() {
        #expect("日本語".truncated(toWidth: 4) == "日… ")
        #expect("日本語".truncated(toWidth: 4).displayWidth == 4)
        #expect("日本語".truncated(toWidth: 5) == "日本…")
        #expect("😀😀😀".truncated(toWidth: 2) == "… ")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        #expect("Ёе\u{308}ж\u{301}ик".truncated(toWidth: 4) == "Ёе\u{308}ж\u{301}…")
    }

    @Test func tinyWidths() {
        #expect("Петров".truncated(toWidth: 1) == "…")
        #expect("Петров".truncated(toWidth: 0) == "")
        #expect("Петров".truncated(toWidth: -3) == "")
    }

    @Test func padding() {
        #expect("Иванов".padded(toWidth: 10) == "Иванов    ")
        #expect("Иванов".padded(toWidth: 10, alignment: .right) == "    Иванов")
        #expect("4.60".padded(toWidth: 7, alignment: .center) == " 4.60  ")
        #expect("日本".padded(toWidth: 6, alignment: .center) == " 日本 ")
        #expect("Иванов".padded(toWidth: 3) == "Иванов")
    }

    @Test func fittingIsAlwaysExact() {
        #expect("Петров".fitted(toWidth: 8) == "Петров  ")
        #expect("Петров Пётр".fitted(toWidth: 8) == "Петров …")
        #expect("5".fitted(toWidth: 3, alignment: .right) == "  5")
        for width in 0...8 {
            #expect("中文 текст".fitted(toWidth: width).displayWidth == width)
        }
    }

    @Test func wrappingAtSpacesAndInsideLongWords() {
        #expect("Окно терминала слишком маленькое.".wrapped(toWidth: 15) == ["Окно терминала", "слишком", "маленькое."])
        #expect("Константинопольский".wrapped(toWidth: 8) == ["Констант", "инопольс", "кий"])
        #expect("одна\nдве строки".wrapped(toWidth: 20) == ["одна", "две строки"])
        #expect("日本語".wrapped(toWidth: 3) == ["日", "本", "語"])
    }
}
