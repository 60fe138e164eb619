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
