/// A one-line text field: the text, a cursor between graphemes, and the usual editing keys
/// (for a search prompt, a mark being typed, a note). A screen binds `LineEditor.editingKeys`
/// and printable characters to an edit command and passes those keys to `handle(_:)`.
public struct LineEditor: Hashable, Sendable {
    /// The graphemes typed so far.
    public private(set) var characters: [Character]
    /// The cursor position: the number of graphemes before it.
    public private(set) var cursor: Int
    /// The most graphemes the field takes; further typing is ignored.
    public let maxLength: Int?

    /// A field holding `text` with the cursor at its end.
    public init(_ text: String = "", maxLength: Int? = nil) {
        characters = Array(text.sanitized.filter { $0.displayWidth > 0 }.prefix(maxLength ?? .max))
        cursor = characters.count
        self.maxLength = maxLength
    }

    /// The text typed so far.
    public var text: String { String(characters) }

    /// True when nothing is typed.
    public var isEmpty: Bool { characters.isEmpty }

    /// The keys `handle(_:)` uses besides printable characters.
    public static let editingKeys: [Key] = [
        .backspace, .delete, .left, .right, .home, .end,
        .ctrl("a"), .ctrl("e"), .ctrl("u"), .ctrl("k"), .ctrl("w"),
    ]

    /// Applies an editing key: a printable character is inserted at the cursor; Backspace and Del
    /// erase; ← → Home End (Ctrl-A, Ctrl-E) move; Ctrl-U and Ctrl-K erase to the start or the end;
    /// Ctrl-W erases the word before the cursor. Returns false for any other key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character):
            guard !DisplayWidth.isControl(character), character.displayWidth > 0 else { return false }
            if let maxLength, characters.count >= maxLength { return true }
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace where cursor > 0:
            cursor -= 1
            characters.remove(at: cursor)
        case .delete where cursor < characters.count:
            characters.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .ctrl("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .ctrl("k"): characters.removeLast(characters.count - cursor)
        case .ctrl("w"):
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .backspace, .delete: break
        default: return false
        }
        return true
    }

    /// Draws the field on row `y` in `width` columns from `x`, scrolled so that the cursor is
    /// visible; the cell under the cursor (a space at the end) gets `cursorStyle`.
    public func draw(into buffer: inout CellBuffer, x: Int, y: Int, width: Int, style: Style = .normal,
                     cursorStyle: Style = Style(.cursor)) {
        guard width > 0 else { return }
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        let cursorWidth = cursor < characters.count ? characters[cursor].displayWidth : 1
        var first = 0
        var before = characters[..<cursor].reduce(0) { $0 + $1.displayWidth }
        while first < cursor, before + cursorWidth > width {
            before -= characters[first].displayWidth
            first += 1
        }
        var column = x
        for index in first..<characters.count {
            let character = characters[index]
            let w = character.displayWidth
            if column + w > x + width { break }
            buffer.put(String(character), x: column, y: y, style: index == cursor ? cursorStyle : style)
            column += w
        }
        if cursor == characters.count, before < width {
            buffer.put(" ", x: x + before, y: y, style: cursorStyle)
        }
    }
}
