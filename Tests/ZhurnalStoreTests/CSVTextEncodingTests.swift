import Testing
@testable import ZhurnalStore

@Suite struct CSVTextEncodingTests {
    @Test func knownWindows1251Bytes() throws {
        let encode = { (text: String) throws in try TextEncoding.windows1251.encode(text) }
        #expect(try encode("Иванов") == [0xC8, 0xE2, 0xE0, 0xED, 0xEE, 0xE2])
        #expect(try encode("ё") == [0xB8])
        #expect(try encode("Ё") == [0xA8])
        #expect(try encode("№") == [0xB9])
        #expect(try encode("АЯая") == [0xC0, 0xDF, 0xE0, 0xFF])
        #expect(try encode("€—«»\u{A0}") == [0x88, 0x97, 0xAB, 0xBB, 0xA0])
    }

    @Test func everyByteRoundTripsThroughTheTable() throws {
        let bytes = (0...255).map(UInt8.init)
        let decoded = try TextDecoding.decode(bytes.filter { $0 != 0x0D }, normalizingLineEndings: false)
        #expect(decoded.encoding == .windows1251)
        #expect(try TextEncoding.windows1251.encode(decoded.text) == bytes.filter { $0 != 0x0D })
        #expect(Windows1251.upperHalf.count == 128)
        #expect(Set(Windows1251.upperHalf).count == 128)
        #expect(Windows1251.upperHalf[0x98 - 0x80] == 0x98)
    }

    @Test func decomposedLettersEncodeAsPrecomposed() throws {
        #expect(try TextEncoding.windows1251.encode("е\u{0308}Е\u{0308}и\u{0306}") == [0xB8, 0xA8, 0xE9])
    }

    @Test func unrepresentableCharacterIsReportedWithItsLine() {
        #expect(throws: TextEncodingError.unrepresentable("😀", line: 2, encoding: .windows1251)) {
            try TextEncoding.windows1251.encode("Иванов\r\nПетров 😀 Ω")
        }
        #expect(throws: TextEncodingError.unrepresentable("Ω", line: 3, encoding: .windows1251)) {
            try TextEncoding.windows1251.encode("a\rb\nΩ")
        }
    }

    @Test func replacementPolicy() throws {
        let bytes = try TextEncoding.windows1251.encode("Я😀Ω", unrepresentable: .questionMark)
        #expect(bytes == [0xDF, 0x3F, 0x3F])
    }

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        let plain = try TextDecoding.decode(Array("Фамилия;Имя".utf8))
        #expect(plain == DecodedText(text: "Фамилия;Имя", encoding: .utf8, hadByteOrderMark: false))
        let marked = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Фамилия".utf8))
        #expect(marked == DecodedText(text: "Фамилия", encoding: .utf8, hadByteOrderMark: true))
        #expect(TextDecoding.detectEncoding(of: Array("Ёж".utf8)) == (.utf8, false))
    }

    @Test func invalidUTF8FallsBackToWindows1251() throws {
        let bytes = try TextEncoding.windows1251.encode("Класс;Фамилия\nИванов")
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded == DecodedText(text: "Класс;Фамилия\nИванов", encoding: .windows1251, hadByteOrderMark: false))
    }

    @Test func invalidUTF8AfterByteOrderMarkIsAnError() {
        #expect(throws: TextDecodingError.invalidUTF8(line: 3)) {
            try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\n".utf8) + [0xC8, 0xE2])
        }
    }

    @Test func utf16WithByteOrderMark() throws {
        let text = "Ученик;Отметка\n😀;5"
        for encoding in [TextEncoding.utf16LittleEndian, .utf16BigEndian] {
            let bytes = try encoding.encode(text)
            #expect(bytes.count == 2 + text.utf16.count * 2)
            #expect(try TextDecoding.decode(bytes) == DecodedText(text: text, encoding: encoding, hadByteOrderMark: true))
        }
        #expect(throws: TextDecodingError.invalidUTF16(line: 2)) {
            try TextDecoding.decode([0xFF, 0xFE, 0x41, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x41, 0x00])
        }
        #expect(throws: TextDecodingError.invalidUTF16(line: 1)) {
            try TextDecoding.decode([0xFE, 0xFF, 0x00, 0x41, 0x00])
        }
    }

    @Test func utf8ByteOrderMarkOnOutput() throws {
        #expect(try TextEncoding.utf8.encode("я", byteOrderMark: true) == [0xEF, 0xBB, 0xBF, 0xD1, 0x8F])
        #expect(try TextEncoding.windows1251.encode("я", byteOrderMark: true) == [0xFF])
    }

    @Test func lineEndingsAreNormalised() throws {
        #expect(TextDecoding.normalizingLineEndings("a\r\nb\rc\nd\r") == "a\nb\nc\nd\n")
        #expect(try TextDecoding.decode(Array("a\r\n\r\nb\r".utf8)).text == "a\n\nb\n")
        #expect(try TextDecoding.decode(Array("a\r\nb".utf8), normalizingLineEndings: false).text == "a\r\nb")
    }

    @Test func overlongAndSurrogateUTF8IsNotUTF8() {
        for bytes: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            #expect(TextDecoding.detectEncoding(of: bytes).encoding == .windows1251)
        }
        #expect(TextDecoding.detectEncoding(of: [0xF0, 0x9F, 0x98, 0x80, 0xE2, 0x82, 0xAC]).encoding == .utf8)
    }
}
