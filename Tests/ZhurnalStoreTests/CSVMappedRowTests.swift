import Testing
import ZhurnalStore

@Suite struct CSVMappedRowTests {
    @Test func fieldsByCanonicalNameAreTrimmed() throws {
        let table = try CSVReader().read(text: "Класс;Ученик;Отметка;Причина\n7А; Иванов Пётр ;\u{A0}5\t;\n7Б;Ким\n")
        let map = try CSVHeaderMap(table: table, required: [.class, .student, .mark], optional: [.reason, .weight])
        let rows = map.mappedRows(of: table)
        #expect(rows.map(\.line) == [2, 3])
        #expect(rows[0]["student"] == "Иванов Пётр")
        #expect(rows[0]["mark"] == "5")
        #expect(rows[0][.reason] == "")
        #expect(rows[0]["weight"] == nil)
        #expect(rows[0]["отметка"] == nil)
        #expect(rows[1][.mark] == "")
        #expect(map.value(.student, in: table.rows[0]) == "Иванов Пётр")
    }

    @Test func trimmingKeepsInnerSpaceAndDropsUnicodeSpace() throws {
        let table = try CSVReader().read(text: "ученик\n\u{FEFF}Ёлкина  Анна\u{2009}\nЯ\u{A0}\n\u{3000}\n")
        let map = try CSVHeaderMap(table: table, required: [.student])
        #expect(map.mappedRows(of: table).map { $0[.student] } == ["Ёлкина  Анна", "Я", ""])
    }

    @Test func headerLineCountsLeadingBlankLines() throws {
        let table = try CSVReader().read(text: "\r\n\r\nкласс;фамилия\r\n7А;Иванов\r\n")
        #expect(table.headerLine == 3)
        #expect(table.rows.map(\.line) == [4])
        #expect(try CSVReader().read(text: "a\n1\n").headerLine == 1)
    }

    @Test func controlFollowedByCombiningMarkIsUnrepresentableNotACrash() {
        #expect(throws: TextEncodingError.unrepresentable("\u{0301}", line: 2, encoding: .windows1251)) {
            try TextEncoding.windows1251.encode("а\n\u{0301}")
        }
        #expect(throws: TextEncodingError.unrepresentable("\u{0308}", line: 1, encoding: .windows1251)) {
            try TextEncoding.windows1251.encode(";\t\u{0308}")
        }
    }

    @Test func russianExcelWindows1251MarksFile() throws {
        let text = "Класс;Предмет;Дата;Вид работы;Вес;Ученик;Отметка\r\n   \r\n7А;Алгебра;01.09.2025;Контрольная, итоговая;1,5;Ёлкина Анна;5\r\n"
        let bytes = try TextEncoding.windows1251.encode(text)
        #expect(bytes.contains(0xA8))
        let table = try CSVReader().read(bytes)
        #expect(table.encoding == .windows1251)
        #expect(table.delimiter == .semicolon)
        let row = try #require(CSVHeaderMap(table: table, required: [.class, .subject, .date, .work, .weight, .student, .mark]).mappedRows(of: table).first)
        #expect(row.line == 3)
        #expect(row["weight"] == "1,5")
        #expect(row["work"] == "Контрольная, итоговая")
        #expect(row["student"] == "Ёлкина Анна")
    }

    @Test func blankFirstLineDoesNotDecideTheDelimiter() throws {
        let table = try CSVReader().read(text: "   \nкласс;фамилия\n7А;Иванов\n")
        #expect(table.delimiter == .semicolon)
        #expect(table.headerLine == 2)
        #expect(table.header == ["класс", "фамилия"])
    }
}
