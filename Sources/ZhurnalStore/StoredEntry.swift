import CSQLite
import ZhurnalCore

extension Entry {
    /// Decodes an entry's canonical stored text, with a fast path for the common forms.
    init?(stored text: String) {
        switch text {
        case "1": self = .mark(1)
        case "2": self = .mark(2)
        case "3": self = .mark(3)
        case "4": self = .mark(4)
        case "5": self = .mark(5)
        case "н": self = .absence(.absent)
        default:
            guard case .success(let entry) = Entry.parse(text) else { return nil }
            self = entry
        }
    }
}

extension Statement {
    /// Column `index` as a stored entry: a single mark is read from its byte without making a
    /// string (reports read hundreds of thousands of them); nil for NULL or text that is no entry.
    public func entry(_ index: Int32) -> Entry? {
        guard let text = sqlite3_column_text(handle, index) else { return nil }
        if sqlite3_column_bytes(handle, index) == 1, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(text[0]) {
            return .mark(Int(text[0] - UInt8(ascii: "0")))
        }
        return Entry(stored: string(index))
    }
}
