import Testing
import TerminalUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("Hello", 5), ("Привет", 6), ("Ёлка ёжик", 9), ("Ўзбек Қазақ", 11),
        ("e\u{301}", 1), ("е\u{308}", 1), ("а\u{301}\u{302}", 1),
        ("中文", 4), ("日本語", 6), ("한국", 4), ("Ａ１", 4), ("ｱ", 1),
        ("😀", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🧑‍🏫 учитель", 10),
        ("❤️", 1), ("a\u{FE0F}", 1),
    ])
    func printableText(_ text: String, _ width: Int) {
        #expect(text.displayWidth == width)
    }

    @Test(arguments: ["\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}",
                      "\u{2066}", "\u{2069}", "\u{FE0F}", "\u{FEFF}", "\u{301}"])
    func zeroWidthCharacters(_ text: String) {
        #expect(text.displayWidth == 0)
    }

    @Test func rtlMarksInsideTextAddNothing() {
        #expect("Иванов\u{200F} И.\u{200E}".displayWidth == 9)
        #expect("a\u{202E}bc\u{202C}".displayWidth == 3)
    }

    @Test func familyEmojiIsOneGraphemeOfTwoColumns() {
        let family: Character = "👨‍👩‍👧"
        #expect("👨‍👩‍👧".count == 1)
        #expect(family.displayWidth == 2)
        #expect(DisplayWidth.cellScalars(family) == ["\u{1F468}"])
    }

    @Test(arguments: ["\u{0}", "\u{7}", "\t", "\n", "\r\n", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{2028}"])
    func controlCharactersArePlaceholders(_ text: String) {
        let character = Character(text)
        #expect(DisplayWidth.isControl(character))
        #expect(character.displayWidth == 1)
        #expect(DisplayWidth.sanitized(character) == "\u{FFFD}")
        #expect(DisplayWidth.cellScalars(character) == ["\u{FFFD}"])
    }

    @Test func sanitizedTextShowsControlsAndDropsBidiControls() {
        #expect("Иван\u{202E}ов\u{7}".sanitized == "Иванов\u{FFFD}")
        #expect("\u{2066}7А\u{2069}\u{200F}\r\n".sanitized == "7А\u{FFFD}")
        #expect("е\u{301}\u{200F} 😀 👨‍👩‍👧".sanitized == "е\u{301} 😀 👨‍👩‍👧")
        #expect("Петров\u{1B}[2J".sanitized.displayWidth == 10)
    }

    @Test func printableCharactersAreKept() {
        for character in "Ж5 ё中😀" {
            #expect(!DisplayWidth.isControl(character))
            #expect(DisplayWidth.sanitized(character) == character)
        }
    }

    @Test func cellScalarsKeepCombiningMarksAndDropFormatCharacters() {
        #expect(DisplayWidth.cellScalars("e\u{301}") == ["e", "\u{301}"])
        #expect(DisplayWidth.cellScalars("❤️") == ["\u{2764}"])
        #expect(DisplayWidth.cellScalars("👍🏽") == ["\u{1F44D}"])
        #expect(DisplayWidth.cellScalars("а\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}").count == 5)
    }
}
