import Testing
@testable import ZhurnalStore

@Suite struct CSVReaderTests {
    private func read(_ text: String, delimiter: CSVDelimiter? = nil) throws -> CSVTable {
        try CSVReader(delimiter: delimiter).read(Array(text.utf8))
    }

    @Test func plainCommaFile() throws {
        let table = try read("class,last_name,first_name\n7А,Иванов,Пётр\n7Б,Петрова,Анна\n")
        #expect(table.delimiter == .comma)
        #expect(table.encoding == .utf8)
        #expect(table.header == ["class", "last_name", "first_name"])
        #expect(table.rows == [
            CSVRow(line: 2, fields: ["7А", "Иванов", "Пётр"]),
            CSVRow(line: 3, fields: ["7Б", "Петрова", "Анна"]),
        ])
    }

    @Test func semicolonFileWithDecimalCommas() throws {
        let table = try read("класс;предмет;дата;работа;вес;ученик;отметка\n7А;Алгебра;01.09.2025;Контрольная, итоговая;1,5;Иванов Пётр;5\n")
        #expect(table.delimiter == .semicolon)
        #expect(table.rows[0].fields == ["7А", "Алгебра", "01.09.2025", "Контрольная, итоговая", "1,5", "Иванов Пётр", "5"])
    }

    @Test func delimiterDetectionLooksOnlyOutsideQuotes() throws {
        #expect(try read("\"a;b;c\",d\n1,2\n").delimiter == .comma)
        #expect(try read("\"a,b,c\";d\n1;2\n").delimiter == .semicolon)
        #expect(try read("a\tb\tc\n1\t2\t3\n").delimiter == .tab)
        #expect(try read("single\nvalue\n").delimiter == .comma)
        #expect(try read("a;b,c\n").delimiter == .semicolon)
        #expect(try read("\n\na;b\n1;2").delimiter == .semicolon)
        #expect(try read("a;b\n1,5;2", delimiter: .comma).rows[0].fields == ["1", "5;2"])
    }

    @Test func quotesDoubledQuotesAndEmbeddedNewlines() throws {
        let text = "name,note,mark\n\"Иванов, Пётр\",\"said \"\"hi\"\"\",5\n\"Петрова\",\"line one\nline two\r\nline three\",4\nСидоров,,3\n"
        let table = try read(text)
        #expect(table.rows == [
            CSVRow(line: 2, fields: ["Иванов, Пётр", "said \"hi\"", "5"]),
            CSVRow(line: 3, fields: ["Петрова", "line one\nline two\nline three", "4"]),
            CSVRow(line: 6, fields: ["Сидоров", "", "3"]),
        ])
    }

    @Test func lineEndingsCRLFAndCR() throws {
        let expected = [CSVRow(line: 2, fields: ["1", "2"]), CSVRow(line: 3, fields: ["3", "4"])]
        #expect(try read("a,b\r\n1,2\r\n3,4\r\n").rows == expected)
        #expect(try read("a,b\r1,2\r3,4").rows == expected)
        #expect(try read("a,b\n1,2\r\n3,4").rows == expected)
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let table = try read("a;b\n\n1;2\n   \n3;4\n;\n\n")
        #expect(table.rows == [
            CSVRow(line: 3, fields: ["1", "2"]),
            CSVRow(line: 5, fields: ["3", "4"]),
            CSVRow(line: 6, fields: ["", ""]),
        ])
        #expect(table.rows[2].isBlank)
        #expect(try read("a\n\"\"\n").rows == [CSVRow(line: 2, fields: [""])])
    }

    @Test func trailingDelimiterGivesEmptyLastField() throws {
        #expect(try read("a;b;\n1;2;\n").rows[0].fields == ["1", "2", ""])
        #expect(try read("a;b;\n1;2;\n").header == ["a", "b", ""])
    }

    @Test func unterminatedQuoteReportsItsLine() {
        #expect(throws: CSVError.unterminatedQuote(line: 3)) {
            try read("a,b\n1,2\n3,\"open\n\n4,5\n")
        }
        #expect(throws: CSVError.unterminatedQuote(line: 1)) { try read("\"a,b\n") }
    }

    @Test func characterAfterClosingQuoteIsAnError() throws {
        #expect(throws: CSVError.unexpectedCharacterAfterQuote(line: 3)) {
            try read("a,b\n1,\"x\ny\"z\n")
        }
        #expect(try read("a,b\n \"x\" ,\"y\"\t\n").rows[0].fields == ["x", "y"])
        #expect(try read("a,b\nsay \"hi\",2\n").rows[0].fields == ["say \"hi\"", "2"])
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: CSVError.empty) { try read("") }
        #expect(throws: CSVError.empty) { try read("\r\n  \n") }
        #expect(throws: CSVError.empty) { try CSVReader().read([0xEF, 0xBB, 0xBF]) }
    }

    @Test func headerIsTrimmedAndByteOrderMarkDropped() throws {
        let table = try CSVReader().read([0xEF, 0xBB, 0xBF] + Array(" Класс ; Фамилия\t;Имя\n7А;Иванов;Пётр\n".utf8))
        #expect(table.header == ["Класс", "Фамилия", "Имя"])
        #expect(table.normalizedHeader == ["класс", "фамилия", "имя"])
        #expect(try CSVReader().read(text: "\u{FEFF}a,b\n1,2").header == ["a", "b"])
    }

    @Test func windows1251RussianExcelFile() throws {
        let text = "Класс;Фамилия;Имя;Отчество\r\n7А;Ёлкина;Наталья;Сергеевна\r\n7А;Иванов;Пётр;\r\n"
        let bytes = try TextEncoding.windows1251.encode(text)
        #expect(bytes.starts(with: [0xCA, 0xEB, 0xE0, 0xF1, 0xF1]))
        let table = try CSVReader().read(bytes)
        #expect(table.encoding == .windows1251)
        #expect(table.delimiter == .semicolon)
        #expect(table.header == ["Класс", "Фамилия", "Имя", "Отчество"])
        #expect(table.rows == [
            CSVRow(line: 2, fields: ["7А", "Ёлкина", "Наталья", "Сергеевна"]),
            CSVRow(line: 3, fields: ["7А", "Иванов", "Пётр", ""]),
        ])
    }

    @Test func utf16File() throws {
        let table = try CSVReader().read(try TextEncoding.utf16LittleEndian.encode("a\tb\r\nя\t😀\r\n"))
        #expect(table.encoding == .utf16LittleEndian)
        #expect(table.rows == [CSVRow(line: 2, fields: ["я", "😀"])])
    }

    @Test func undecodableInputIsReported() {
        #expect(throws: CSVError.undecodable(.invalidUTF8(line: 2))) {
            try CSVReader().read([0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0xFF])
        }
    }

    @Test func fieldCountInformation() throws {
        let table = try read("a,b,c\n1,2,3\n1,2\n1,2,3,4\n")
        #expect(table.rowsWithWrongFieldCount.map(\.line) == [3, 4])
        #expect(table.rows[1][2] == "")
        #expect(table.rows[1][1] == "2")
    }

    @Test func largeInputIsParsedCompletely() throws {
        var text = "класс;фамилия;имя;отметка\n"
        for index in 0..<20_000 { text += "7А;\"Иванов \(index)\";Пётр;\(index % 5 + 1)\r\n" }
        let table = try read(text)
        #expect(table.rows.count == 20_000)
        #expect(table.rows.last == CSVRow(line: 20_001, fields: ["7А", "Иванов 19999", "Пётр", "5"]))
    }
}
