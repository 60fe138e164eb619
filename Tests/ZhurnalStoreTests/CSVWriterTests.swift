import Testing
@testable import ZhurnalStore

@Suite struct CSVWriterTests {
    @Test func minimalQuoting() {
        let writer = CSVWriter()
        #expect(writer.field("plain") == "plain")
        #expect(writer.field("a,b") == "\"a,b\"")
        #expect(writer.field("a;b") == "a;b")
        #expect(writer.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(writer.field("two\nlines") == "\"two\nlines\"")
        #expect(writer.field("cr\r") == "\"cr\r\"")
        #expect(writer.field(" lead") == "\" lead\"")
        #expect(writer.field("trail\t") == "\"trail\t\"")
        #expect(writer.field("") == "")
        #expect(CSVWriter(delimiter: .semicolon).field("a;b") == "\"a;b\"")
        #expect(CSVWriter(delimiter: .semicolon).field("1,5") == "1,5")
    }

    @Test func rowsAndLineEndings() {
        let rows = [["класс", "фамилия"], ["7А", "Иванов"], [""], []]
        #expect(CSVWriter().text(rows) == "класс,фамилия\n7А,Иванов\n\"\"\n\n")
        #expect(CSVWriter(delimiter: .semicolon, lineEnding: .crlf).text([["a", "b"], ["", ""]]) == "a;b\r\n;\r\n")
    }

    @Test func excelSafeDefusesFormulas() {
        let writer = CSVWriter(excelSafe: true)
        #expect(writer.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(writer.field("+cmd") == "'+cmd")
        #expect(writer.field("@x") == "'@x")
        #expect(writer.field("-") == "'-")
        #expect(writer.field("=1,2") == "\"'=1,2\"")
        for number in ["-0.5", "+1,5", "-3", "-.5", "5", "4,60"] {
            #expect(writer.field(number) == (number.contains(",") ? "\"\(number)\"" : number))
        }
        #expect(CSVWriter(delimiter: .semicolon, excelSafe: true).field("-1,5") == "-1,5")
        #expect(CSVWriter().field("=SUM(A1)") == "=SUM(A1)")
    }

    @Test func russianExcelPreset() throws {
        let bytes = try CSVWriter.russianExcel.encode([["класс", "вес"], ["7А", "1,5"]])
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "класс;вес\r\n7А;1,5\r\n")
    }

    @Test func windows1251Export() throws {
        let writer = CSVWriter(delimiter: .semicolon, lineEnding: .crlf, encoding: .windows1251)
        let bytes = try writer.encode([["Фамилия"], ["Иванов"]])
        #expect(bytes == [0xD4, 0xE0, 0xEC, 0xE8, 0xEB, 0xE8, 0xFF, 0x0D, 0x0A, 0xC8, 0xE2, 0xE0, 0xED, 0xEE, 0xE2, 0x0D, 0x0A])
        #expect(throws: TextEncodingError.unrepresentable("😀", line: 3, encoding: .windows1251)) {
            try writer.encode([["Фамилия"], ["Иванов"], ["Ким 😀"]])
        }
        var replacing = writer
        replacing.unrepresentable = .questionMark
        #expect(try replacing.encode([["Ω"]]) == [0x3F, 0x0D, 0x0A])
    }

    @Test func awkwardFieldsRoundTrip() throws {
        let rows = [
            ["класс", "заметка", "отметка"],
            ["7А", "say \"hi\"; bye, now", "=2+3"],
            ["7Б", "first\nsecond", " padded "],
            ["7В", "emoji 😀👨‍👩‍👧", ""],
            ["", "\"", ";"],
        ]
        for delimiter in CSVDelimiter.allCases {
            for encoding in [TextEncoding.utf8, .utf16BigEndian] {
                for byteOrderMark in [false, true] {
                    let writer = CSVWriter(delimiter: delimiter, lineEnding: .crlf, encoding: encoding, byteOrderMark: byteOrderMark)
                    let table = try CSVReader().read(try writer.encode(rows))
                    #expect(table.delimiter == delimiter)
                    #expect(table.header == rows[0])
                    #expect(table.rows.map(\.fields) == Array(rows.dropFirst()))
                    #expect(table.rows.map(\.line) == [2, 3, 5, 6])
                }
            }
        }
    }

    @Test func excelSafeOutputReadsBackWithApostrophe() throws {
        let bytes = try CSVWriter.russianExcel.encode([["a", "b"], ["=HYPERLINK(\"x\")", "-0,5"]])
        let table = try CSVReader().read(bytes)
        #expect(table.rows[0].fields == ["'=HYPERLINK(\"x\")", "-0,5"])
    }
}
