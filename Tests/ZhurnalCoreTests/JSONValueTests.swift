import Foundation
import Testing
@testable import ZhurnalCore

/// The ordered JSON writer of reports: keys in the given order, numbers exactly as their text.
@Suite struct JSONValueTests {
    @Test func scalars() {
        #expect(JSONValue.null.rendered() == "null")
        #expect(JSONValue.bool(true).rendered() == "true")
        #expect(JSONValue.bool(false).rendered() == "false")
        #expect(JSONValue.int(12).rendered() == "12")
        #expect(JSONValue.int(-3).rendered() == "-3")
        #expect(JSONValue.number("4.60").rendered() == "4.60")
        #expect(JSONValue.string("").rendered() == "\"\"")
        #expect(JSONValue.optional(nil).rendered() == "null")
        #expect(JSONValue.optional("x").rendered() == "\"x\"")
    }

    @Test func decimalsKeepTwoDigits() {
        #expect(JSONValue.decimal(h(460)).rendered() == "4.60")
        #expect(JSONValue.decimal(Ratio(numerator: 4595, denominator: 1000)).rendered() == "4.60")
        #expect(JSONValue.decimal(Ratio(100)).rendered() == "100.00")
        #expect(JSONValue.decimal(Ratio(numerator: 287, denominator: 6)).rendered() == "47.83")
        #expect(JSONValue.decimal(Ratio(numerator: -1, denominator: 2)).rendered() == "-0.50")
        #expect(JSONValue.decimal(nil).rendered() == "null")
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        #expect(JSONValue.string("say \"hi\"").rendered() == #""say \"hi\"""#)
        #expect(JSONValue.string(#"a\b"#).rendered() == #""a\\b""#)
        #expect(JSONValue.string("a\nb\rc\td").rendered() == #""a\nb\rc\td""#)
        #expect(JSONValue.string("\u{0}\u{1}\u{1F}").rendered() == #""\u0000\u0001\u001f""#)
        #expect(JSONValue.string("\u{8}\u{C}").rendered() == #""\u0008\u000c""#)
        #expect(JSONValue.string("\u{7F}").rendered() == #""\u007f""#)
        #expect(JSONValue.string("\u{2028}\u{2029}").rendered() == #""\u2028\u2029""#)
        #expect(JSONValue.string("/").rendered() == #""/""#)
    }

    @Test func cyrillicAndOtherTextPassesThrough() {
        #expect(JSONValue.string("Ёжиков Пётр, 7«А»").rendered() == "\"Ёжиков Пётр, 7«А»\"")
        #expect(JSONValue.string("н/а • осв").rendered() == "\"н/а • осв\"")
        #expect(JSONValue.string("👩‍🏫").rendered() == "\"👩‍🏫\"")
        #expect(JSONValue.string("e\u{301}").rendered() == "\"e\u{301}\"")
    }

    @Test func keysKeepTheirOrderAndAreEscaped() {
        let value = JSONValue.object([("z", .int(1)), ("а", .int(2)), ("m", .int(3)), ("ke\"y", .null)])
        #expect(value.rendered() == "{\n  \"z\": 1,\n  \"а\": 2,\n  \"m\": 3,\n  \"ke\\\"y\": null\n}")
    }

    @Test func nestedLayout() {
        let report = JSONValue.object([
            ("class", .string("7А")),
            ("average", .decimal(h(460))),
            ("marks", .array([.int(5), .string("н/а"), .null])),
            ("empty", .array([])),
            ("none", .object([])),
            ("inner", .object([("quality", .number("50.00"))])),
        ])
        let expected = """
        {
          "class": "7А",
          "average": 4.60,
          "marks": [
            5,
            "н/а",
            null
          ],
          "empty": [],
          "none": {},
          "inner": {
            "quality": 50.00
          }
        }
        """
        #expect(report.rendered() == expected)
        #expect(!report.rendered().hasSuffix("\n"))
    }

    @Test func outputIsValidJSON() throws {
        let report = JSONValue.object([
            ("name", .string("Пётр \"Петя\"\n\u{1}\\")), ("avg", .decimal(h(360))),
            ("list", .array([.object([("a", .bool(true))]), .array([])])),
        ])
        let parsed = try JSONSerialization.jsonObject(with: Data(report.rendered().utf8)) as? [String: Any]
        #expect(parsed?["name"] as? String == "Пётр \"Петя\"\n\u{1}\\")
        #expect((parsed?["avg"] as? NSNumber)?.doubleValue == 3.6)
    }

    @Test func equalityIsByRenderedText() {
        #expect(JSONValue.number("4.60") != JSONValue.number("4.6"))
        #expect(JSONValue.object([("a", .int(1)), ("b", .int(2))]) != JSONValue.object([("b", .int(2)), ("a", .int(1))]))
        #expect(JSONValue.object([("a", .int(1))]) == JSONValue.object([("a", .number("1"))]))
    }
}
