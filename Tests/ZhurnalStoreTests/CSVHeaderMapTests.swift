import Testing
import ZhurnalStore

@Suite struct CSVHeaderMapTests {
    private let marks: [CSVColumn] = [.class, .subject, .date, .work, .weight, .student, .mark]

    @Test func englishHeader() throws {
        let map = try CSVHeaderMap(header: ["class", "subject", "date", "work", "weight", "student", "mark"], required: marks)
        #expect(map[.class] == 0)
        #expect(map[.mark] == 6)
        let row = CSVRow(line: 2, fields: ["7А", "Алгебра", "2025-09-01", "Ответ", "", "Иванов Пётр", "5"])
        #expect(map.value(.student, in: row) == "Иванов Пётр")
        #expect(map.value(.term, in: row) == nil)
    }

    @Test func russianMixedCaseYoAndSpacing() throws {
        let header = ["\u{FEFF}Класс", "  ПРЕДМЕТ ", "Дата", "Вид  работы", "Вес", "Обучающийся", "Отмётка"]
        let map = try CSVHeaderMap(header: header, required: marks)
        #expect(map[.work] == 3)
        #expect(map[.student] == 5)
        #expect(map[.mark] == 6)
        let roster = try CSVHeaderMap(header: ["Last_Name", "FIRST NAME", "Отчество", "КЛАСС"], required: [.class, .lastName, .firstName], optional: [.middleName])
        #expect(roster.indexes == [.lastName: 0, .firstName: 1, .middleName: 2, .class: 3])
    }

    @Test func otherFormatsAliases() throws {
        let external = try CSVHeaderMap(header: ["Процедура", "класс", "предмет", "дата", "ученица", "Первичный балл", "оценка"],
                                        required: [.procedure, .class, .subject, .date, .student, .score, .mark])
        #expect(external[.score] == 5)
        let rubric = try CSVHeaderMap(header: ["класс", "предмет", "дата", "работа", "ученик", "критерий", "баллы"],
                                      required: [.class, .subject, .date, .work, .student, .criterion, .points])
        #expect(rubric[.points] == 6)
        let finals = try CSVHeaderMap(header: ["класс", "предмет", "Триместр", "ученик", "отметка"], required: [.class, .subject, .term, .student, .mark])
        #expect(finals[.term] == 2)
    }

    @Test func missingUnknownAndDuplicateColumnsAreAllReported() {
        #expect(throws: CSVHeaderError(issues: [
            .unknown(title: "№", position: 1),
            .unknown(title: "отметка", position: 5),
            .duplicate(.lastName, positions: [3, 4]),
            .missing(.firstName),
        ])) {
            try CSVHeaderMap(header: ["№", "класс", "фамилия", "Фамилия", "отметка"], required: [.class, .lastName, .firstName], optional: [.middleName])
        }
    }

    @Test func unknownColumnsMayBeIgnoredAndEmptyTitlesAre() throws {
        let map = try CSVHeaderMap(header: ["№", "класс", "фамилия", "имя", "", " "], required: [.class, .lastName, .firstName], ignoringUnknown: true)
        #expect(map.indexes == [.class: 1, .lastName: 2, .firstName: 3])
        #expect(throws: CSVHeaderError(issues: [.missing(.class)])) {
            try CSVHeaderMap(header: ["фамилия", "", ""], required: [.class, .lastName])
        }
    }

    @Test func aliasTableIsData() throws {
        let custom = CSVColumnAliases([CSVColumn("room"): ["кабинет"]])
        #expect(custom.column(for: " КАБИНЕТ ") == CSVColumn("room"))
        #expect(custom.column(for: "room") == CSVColumn("room"))
        let map = try CSVHeaderMap(header: ["Кабинет"], required: [CSVColumn("room")], aliases: custom)
        #expect(map[CSVColumn("room")] == 0)
        #expect(CSVColumnAliases.normalize("  Вид_работы\u{A0}") == "вид работы")
    }

    @Test func headerMapFromTable() throws {
        let table = try CSVReader().read(text: "Класс;Фамилия;Имя\n7А;Иванов;Пётр\n")
        let map = try CSVHeaderMap(table: table, required: [.class, .lastName, .firstName])
        #expect(map.value(.lastName, in: table.rows[0]) == "Иванов")
    }
}
