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

    /// The quick scalar fold gives what the character fold gives, on names of every Cyrillic and
    /// ASCII letter, digits, punctuation, hyphens and white space; other text takes the character fold.
    @Test func theQuickFoldAgreesWithTheCharacterFold() {
        let alphabet = Array("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяЀЂЃЄЅІЇЈЉЊЋЌЍЎЏѐђѓєѕіїјљњћќѝўџ"
                             + "ABCXYZabcxyz019-'.,() \t\n\r")
        var state: UInt64 = 7
        for _ in 0..<5_000 {
            var name = ""
            for _ in 0..<(1 + Int(state % 12)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                name.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            #expect(NameFold.quickKey(name, ordering: false) == NameFold.unicodeKey(name), "\(name.debugDescription)")
            #expect(NameFold.quickKey(name, ordering: true) == NameFold.unicodeSortKey(name), "\(name.debugDescription)")
        }
        for other in ["Zoë", "Ӏван", "Иван\u{0306}", "Анна\u{00A0}Мария", "Петров\u{2010}Водкин", "ǅ"] {
            #expect(NameFold.quickKey(other, ordering: false) == nil, "\(other)")
            #expect(NameFold.key(other) == NameFold.unicodeKey(other))
        }
        #expect(NameFold.sortKey("  Петров-Водкин  Ёжиков ") == "петровводкинежиков")
        #expect(NameFold.key("  Фёдоров \t Иван ") == "федоров иван")
    }
}

