@testable import ZhurnalCore

/// A weight from its decimal text, e.g. `w("1.4")`; traps on a typo in a test.
func w(_ text: String) -> Weight {
    guard let weight = Weight(parsing: text) else { fatalError("bad weight in test: \(text)") }
    return weight
}

/// A date from `YYYY-MM-DD`; traps on a typo in a test.
func d(_ text: String) -> LocalDate {
    guard let date = LocalDate(parsing: text) else { fatalError("bad date in test: \(text)") }
    return date
}

/// Entries parsed from canonical text, each with a weight.
func entries(_ items: [(String, String)]) -> [(entry: Entry, weight: Weight)] {
    items.map { text, weight in
        guard case .success(let entry) = Entry.parse(text) else { fatalError("bad entry in test: \(text)") }
        return (entry: entry, weight: w(weight))
    }
}

/// Term marks from text (`5`, `н/а`, `осв`).
func termMarks(_ items: [String]) -> [TermMark] {
    items.map { text in
        guard let mark = TermMark.parse(text) else { fatalError("bad term mark in test: \(text)") }
        return mark
    }
}

/// A ratio from a hundredths count, e.g. `h(360)` for 3.60.
func h(_ hundredths: Int) -> Ratio { Ratio(hundredths: hundredths) }
