import Testing
@testable import ZhurnalCore

/// docs/rules.md §2: the default kinds of work with their weights and short labels.
@Suite struct WorkKindTests {
    let kinds = WorkKind.defaults

    @Test func twelveDefaultsWithTheWeightsOfTheDomain() {
        #expect(kinds.count == 12)
        let expected: [(String, String, Int)] = [
            ("ответ на уроке", "answer", 1), ("домашняя работа", "homework", 1), ("работа на уроке", "classwork", 1),
            ("самостоятельная работа", "independent", 2), ("проверочная работа", "check", 2), ("тест", "test", 2),
            ("диктант", "dictation", 2), ("практическая работа", "practical", 2), ("контрольная работа", "control", 3),
            ("зачёт", "credit", 3), ("проект", "project", 3), ("сочинение", "essay", 2),
        ]
        for (index, (name, code, weight)) in expected.enumerated() {
            #expect(kinds[index].nameRu == name)
            #expect(kinds[index].code == code)
            #expect(kinds[index].weight == Weight(weight), "\(name)")
        }
        #expect(kinds.kind(named: "лабораторная работа")?.weight == Weight(2))
        #expect(kinds.kind(named: "изложение")?.weight == Weight(2))
    }

    @Test func codesAndLabelsAreUnique() {
        #expect(Set(kinds.map(\.code)).count == 12)
        #expect(Set(kinds.map(\.shortRu)).count == 12)
        #expect(Set(kinds.map(\.shortEn)).count == 12)
        #expect(kinds.allSatisfy { !$0.shortRu.isEmpty && $0.shortRu.count <= 3 })
        #expect(kinds.kind(code: "control")?.shortRu == "К")
        #expect(kinds.kind(code: "independent")?.shortRu == "С")
        #expect(kinds.kind(code: "homework")?.shortRu == "ДЗ")
        // every name of every kind leads back to that kind and no other
        for kind in kinds {
            for name in [kind.code, kind.nameRu, kind.nameEn, kind.shortRu, kind.shortEn] + kind.aliases {
                #expect(kinds.kind(named: name)?.code == kind.code, "\(name)")
            }
        }
    }

    @Test func lookupByRussianAndEnglishName() {
        #expect(kinds.kind(named: "контрольная работа")?.code == "control")
        #expect(kinds.kind(named: "control work")?.code == "control")
        #expect(kinds.kind(named: "самостоятельная работа")?.code == "independent")
        #expect(kinds.kind(named: "homework")?.code == "homework")
    }

    @Test func lookupByCodeShortLabelAndAlias() {
        #expect(kinds.kind(named: "dictation")?.code == "dictation")
        #expect(kinds.kind(named: "К")?.code == "control")
        #expect(kinds.kind(named: "к")?.code == "control")
        #expect(kinds.kind(named: "ДЗ")?.code == "homework")
        #expect(kinds.kind(named: "дз")?.code == "homework")
        #expect(kinds.kind(named: "HW")?.code == "homework")
        #expect(kinds.kind(named: "контрольная")?.code == "control")
        #expect(kinds.kind(named: "лабораторная")?.code == "practical")
        #expect(kinds.kind(named: "сочинение/изложение")?.code == "essay")
        #expect(kinds.kind(named: "устный ответ")?.code == "answer")
    }

    @Test func lookupForgivesYoCaseAndSpaces() {
        #expect(kinds.kind(named: "зачет")?.code == "credit")
        #expect(kinds.kind(named: "ЗАЧЁТ")?.code == "credit")
        #expect(kinds.kind(named: "Зачет")?.code == "credit")
        #expect(kinds.kind(named: "КОНТРОЛЬНАЯ   Работа")?.code == "control")
        #expect(kinds.kind(named: "  тест ")?.code == "test")
        #expect(kinds.kind(named: "Control Work")?.code == "control")
    }

    @Test func unknownIsNil() {
        #expect(kinds.kind(named: "экскурсия") == nil)
        #expect(kinds.kind(named: "") == nil)
        #expect(kinds.kind(named: "   ") == nil)
        #expect(kinds.kind(named: "контрольная работа 2") == nil)
        #expect(kinds.kind(code: "Control") == nil)
        #expect(kinds.kind(code: "nothing") == nil)
        #expect(kinds.kind(code: "essay")?.nameRu == "сочинение")
        #expect([WorkKind]().kind(named: "тест") == nil)
    }
}
