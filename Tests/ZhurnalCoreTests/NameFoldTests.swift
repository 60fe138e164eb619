import Testing
@testable import ZhurnalCore

/// docs/rules.md §8a: names sorted as Russian (last, first, middle name,
/// case-insensitive, ё as е, hyphen and spaces ignored); class names compared without case and
/// spaces, Latin look-alikes as Cyrillic.
@Suite struct NameFoldTests {
    private func sorted(_ names: [String]) -> [String] {
        names.map { $0.split(separator: " ").map(String.init) + ["", ""] }
            .sorted { NameFold.precedes((last: $0[0], first: $0[1], middle: $0[2]), (last: $1[0], first: $1[1], middle: $1[2])) }
            .map { $0.filter { !$0.isEmpty }.joined(separator: " ") }
    }

    @Test func yoSortsAsYe() {
        #expect(sorted(["Фролов Иван", "Фёдоров Пётр"]) == ["Фёдоров Пётр", "Фролов Иван"])
        #expect(sorted(["Ёлкин Олег", "Егоров Антон", "Ершов Ян"]) == ["Егоров Антон", "Ёлкин Олег", "Ершов Ян"])
    }

    @Test func lastThenFirstThenMiddleName() {
        #expect(sorted(["Иванов Пётр", "Иванов Антон Сергеевич", "Иванов Антон Андреевич", "Иванова Анна"])
            == ["Иванов Антон Андреевич", "Иванов Антон Сергеевич", "Иванов Пётр", "Иванова Анна"])
    }

    @Test func caseHyphenAndSpacesAreIgnored() {
        // «Петрова-Водкина» orders as «петроваводкина»: after «Петрова Анна», before «Петровская».
        #expect(sorted(["Петровская Ия", "Петрова-Водкина Ия", "петрова Анна"])
            == ["петрова Анна", "Петрова-Водкина Ия", "Петровская Ия"])
        #expect(NameFold.sortKey("Мамин-Сибиряк") == NameFold.sortKey("мамин сибиряк"))
    }

    @Test func equalNamesDoNotPrecedeEachOther() {
        let a = (last: "Фёдоров", first: "Иван", middle: "")
        let b = (last: "ФЕДОРОВ", first: "иван", middle: "")
        #expect(!NameFold.precedes(a, b) && !NameFold.precedes(b, a))
    }

    @Test func keyFoldsCaseYoAndSpaces() {
        #expect(NameFold.key("  Фёдоров   ИВАН ") == "федоров иван")
        #expect(NameFold.same("Русский  язык", "русский язык"))
        #expect(!NameFold.same("Алгебра", "Геометрия"))
    }

    @Test func classNamesMatchWithoutCaseSpacesAndLatinLookAlikes() {
        for name in ["7А", "7а", "7 А", " 7 а ", "7A", "7a"] {
            #expect(NameFold.className(name) == "7А", "\(name)")
            #expect(NameFold.sameClass(name, "7А"), "\(name)")
        }
        #expect(NameFold.className("10 в") == "10В")
        #expect(NameFold.className("5b") == "5В")
        #expect(!NameFold.sameClass("7А", "7Б"))
        #expect(!NameFold.sameClass("7А", "17А"))
    }
}
