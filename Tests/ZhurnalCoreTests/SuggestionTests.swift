import Testing
@testable import ZhurnalCore

/// «Did you mean»: the nearest known name to a mistyped one, or none when nothing is near or two
/// are equally near.
@Suite struct SuggestionTests {
    @Test func aNearNameIsSuggested() {
        #expect(Suggestion.nearest(to: "imprt", among: ["import", "export", "report"]) == "import")
        #expect(Suggestion.nearest(to: "Алгбра", among: ["Алгебра", "Геометрия"]) == "Алгебра")
        #expect(Suggestion.nearest(to: "сидоро петр", among: ["Сидоров Пётр", "Иванов Иван"]) == "Сидоров Пётр")
    }

    @Test func farOrKnownNamesAreNot() {
        #expect(Suggestion.nearest(to: "frobnicate", among: ["import", "export", "report"]) == nil)
        #expect(Suggestion.nearest(to: "алгебра", among: ["Алгебра"]) == nil)
        #expect(Suggestion.nearest(to: "", among: ["Алгебра"]) == nil)
    }

    @Test func aTieSuggestsNothing() {
        // «7В» is one edit from both 7А and 7Б
        #expect(Suggestion.nearest(to: "7В", among: ["7А", "7Б"], fold: NameFold.className) == nil)
        #expect(Suggestion.nearest(to: "7в", among: ["7А", "7В", "7Б"], fold: NameFold.className) == nil)
    }

    @Test func aUniquePrefixIsSuggested() {
        #expect(Suggestion.nearest(to: "Физическ", among: ["Физика", "Физическая культура"]) == "Физическая культура")
        #expect(Suggestion.nearest(to: "Фи", among: ["Физика", "Физическая культура"]) == nil)
    }

    @Test func editDistance() {
        #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(Suggestion.editDistance(Array(""), Array("abc")) == 3)
        #expect(Suggestion.editDistance(Array("ёж"), Array("ёж")) == 0)
    }
}
