import Testing
@testable import TerminalUI

/// Typed form fields: each kind edits as it says, choices step and jump by letter, fields are read
/// by label, and a form's help lists the kinds it has.
@Suite struct FormFieldsTests {
    private func form(_ fields: [(Message, FieldKind, String)],
                      fold: @escaping @Sendable (String) -> String = { $0.lowercased() }) -> FormFields {
        FormFields(fields: fields, fold: fold)
    }

    @Test func fieldsAreReadByLabelAndTrimmed() {
        let fields = form([(.verbatim("Имя"), .text, "  Анна "), (.verbatim("Дата"), .date, "01.09")])
        #expect(fields[.verbatim("Имя")] == "Анна")
        #expect(fields[.verbatim("Дата")] == "01.09")
        #expect(fields[1] == "01.09")
    }

    @Test func tabWrapsAroundAndAnEmptyFormIgnoresKeys() {
        var fields = form([(.verbatim("a"), .text, ""), (.verbatim("b"), .text, "")])
        fields.next()
        fields.next()
        #expect(fields.focus == 0)
        fields.previous()
        #expect(fields.focus == 1)
        var empty = form([])
        empty.next()
        empty.edit(.char("x"))
        #expect(empty.focus == 0)
    }

    @Test func aFreshDateIsReplacedByTheFirstKeyThenEdited() {
        var fields = form([(.verbatim("Дата"), .date, "01.09.2026")])
        fields.edit(.char("0"))
        fields.edit(.char("5"))
        #expect(fields[0] == "05")
        var cleared = form([(.verbatim("Дата"), .date, "01.09.2026")])
        cleared.edit(.backspace)
        #expect(cleared[0].isEmpty)
    }

    @Test func aChoiceStepsAroundAndJumpsByItsFoldedLetters() {
        let options = ["нет", "да", "Ёлка", "ель"]
        var fields = form([(.verbatim("Выбор"), .choice(options), "кот")],
                          fold: { $0.lowercased().replacingOccurrences(of: "ё", with: "е") })
        #expect(fields[0] == "нет", "a value outside the options shows the first")
        fields.edit(.left)
        #expect(fields[0] == "ель")
        fields.edit(.right)
        fields.edit(.char(" "))
        #expect(fields[0] == "да")
        fields.edit(.char("е"))
        #expect(fields[0] == "Ёлка", "ё folds as е")
        fields.edit(.char("л"))
        #expect(fields[0] == "Ёлка")
        fields.edit(.char("е"))
        #expect(fields[0] == "ель", "a letter that fits none starts again from the next option")
        fields.edit(.char("щ"))
        #expect(fields[0] == "ель")
    }

    @Test func helpListsEachKindOnceInOrderOfAppearance() {
        let mark = FieldKind.typed(keys: "1–5", help: .verbatim("Отметка"))
        let fields = form([(.verbatim("a"), .text, ""), (.verbatim("b"), .choice(["x"]), "x"), (.verbatim("c"), .choice(["y"]), "y"),
                           (.verbatim("d"), mark, ""), (.verbatim("e"), .text, ""), (.verbatim("f"), .date, "")])
        #expect(fields.distinctKinds.map(\.binding.help) == [.keyTypeText, .keyChoose, .verbatim("Отметка"), .keyTypeDate])
    }
}
