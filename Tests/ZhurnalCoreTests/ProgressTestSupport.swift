@testable import ZhurnalCore

/// A lesson on a date with an entry written as text (nil for an empty cell) and a weight.
func lesson(_ date: String, _ entry: String?, _ weight: String = "1") -> DatedEntry {
    guard let entry else { return DatedEntry(date: d(date), entry: nil, weight: w(weight)) }
    guard case .success(let parsed) = Entry.parse(entry) else { fatalError("bad entry in test: \(entry)") }
    return DatedEntry(date: d(date), entry: parsed, weight: w(weight))
}
