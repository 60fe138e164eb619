/// The one way names are compared and ordered (docs/rules.md §8a): case-insensitive,
/// `ё` as `е`; hyphens and spaces ignored when ordering; class names without spaces and with Latin
/// look-alikes read as Cyrillic.
public enum NameFold {
    /// `text` as compared for equality: lower case, `ё` as `е`, runs of white space as one space,
    /// no white space at the ends. «Фёдоров  Иван» and «федоров иван» fold alike.
    public static func key(_ text: String) -> String {
        quickKey(text, ordering: false) ?? unicodeKey(text)
    }

    /// ``key(_:)`` character by character, for any text.
    static func unicodeKey(_ text: String) -> String {
        var folded = ""
        var space = false
        for character in text.lowercased() {
            if character.isWhitespace {
                space = !folded.isEmpty
                continue
            }
            if space { folded.append(" ") }
            space = false
            folded.append(character == "ё" ? "е" : character)
        }
        return folded
    }

    /// True when two names fold alike (see ``key(_:)``).
    public static func same(_ a: String, _ b: String) -> Bool {
        key(a) == key(b)
    }

    /// `text` as ordered: folded (see ``key(_:)``) with hyphens and spaces left out.
    public static func sortKey(_ text: String) -> String {
        quickKey(text, ordering: true) ?? unicodeSortKey(text)
    }

    /// ``sortKey(_:)`` character by character, for any text.
    static func unicodeSortKey(_ text: String) -> String {
        unicodeKey(text).filter { $0 != "-" && $0 != " " && $0 != "\u{2010}" }
    }

    /// ``key(_:)`` (or, `ordering`, ``sortKey(_:)``) scalar by scalar for text of ASCII and basic
    /// Cyrillic (U+0400–U+045F) alone, where lower case is an offset — names nearly always; nil
    /// for any other text (a class list folds hundreds of names per report).
    static func quickKey(_ text: String, ordering: Bool) -> String? {
        var folded = String.UnicodeScalarView()
        var space = false
        for scalar in text.unicodeScalars {
            var value = scalar.value
            switch value {
            case 0x09...0x0D, 0x20:
                space = !folded.isEmpty
                continue
            case 0x41...0x5A, 0x410...0x42F: value += 0x20
            case 0x400...0x40F: value += 0x50
            case 0x21...0x7E, 0x430...0x45F: break
            default: return nil
            }
            if value == 0x451 { value = 0x435 }
            if ordering {
                if value == 0x2D { continue }
            } else if space {
                folded.append(" ")
            }
            space = false
            guard let folding = Unicode.Scalar(value) else { return nil }
            folded.append(folding)
        }
        return String(folded)
    }

    /// True when the person `a` (last, first, middle name) comes before `b` in a Russian class
    /// list: by last name, then first name, then отчество, each by ``sortKey(_:)`` in alphabetical
    /// (Unicode) order. Equal names
    /// keep their given order (the caller breaks the tie).
    public static func precedes(_ a: (last: String, first: String, middle: String),
                                _ b: (last: String, first: String, middle: String)) -> Bool {
        personKey(a).lexicographicallyPrecedes(personKey(b))
    }

    /// A person's key in class-list order (see ``precedes(_:_:)``): to sort many names, make each
    /// key once and compare the keys.
    public static func personKey(_ name: (last: String, first: String, middle: String)) -> [String] {
        [sortKey(name.last), sortKey(name.first), sortKey(name.middle)]
    }

    /// A class name as compared: upper case, no white space, Latin look-alikes as Cyrillic;
    /// `7a`, `7 А` and `7а` all give `7А`.
    public static func className(_ text: String) -> String {
        String(text.uppercased().replacingOccurrences(of: "Ё", with: "Е")
            .filter { !$0.isWhitespace }
            .map { latinLookAlikes[$0] ?? $0 })
    }

    /// True when two class names name the same class (see ``className(_:)``).
    public static func sameClass(_ a: String, _ b: String) -> Bool {
        className(a) == className(b)
    }

    /// Latin capitals that look like Cyrillic ones.
    private static let latinLookAlikes: [Character: Character] = [
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
        "X": "Х", "Y": "У",
    ]
}
