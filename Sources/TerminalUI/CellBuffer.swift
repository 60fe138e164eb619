/// A width × height grid of cells that screens draw into; a terminal backend shows it.
///
/// Invariant: a `.continuation` cell always follows a two-column glyph in the same row, so a wide
/// character is never half drawn. Writes keep it: covering half of a wide character blanks the
/// other half. A buffer never changes size; a resized terminal gets a new buffer.
public struct CellBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    /// The cells row by row.
    public private(set) var cells: [Cell]

    /// A buffer of blank cells; negative sizes count as zero.
    public init(width: Int, height: Int, filledWith cell: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: cell, count: self.width * self.height)
    }

    /// A buffer of `size`.
    public init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    /// The buffer's size.
    public var size: Size { Size(width: width, height: height) }

    /// The whole buffer as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`; both must be inside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "cell outside the buffer")
        return cells[y * width + x]
    }

    /// Writes `text` from column `x` of row `y` and returns the columns written.
    ///
    /// Writing stops at the buffer's right edge or after `maxWidth` columns, whichever is first.
    /// A wide character that would not fit whole there is replaced by a space. Columns left of the
    /// buffer are skipped. Control characters are written as `DisplayWidth.controlPlaceholder`;
    /// zero-width graphemes are dropped.
    @discardableResult
    public mutating func put<S: StringProtocol>(_ text: S, x: Int, y: Int, style: Style = .normal,
                                                maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        for character in text {
            let w = character.displayWidth
            if w == 0 { continue }
            if column + w > limit {
                if column < limit, column >= 0 { place(" ", width: 1, x: column, y: y, style: style); column += 1 }
                break
            }
            if column >= 0 {
                place(DisplayWidth.sanitized(character), width: w, x: column, y: y, style: style)
            } else if column + w > 0 {
                place(" ", width: 1, x: 0, y: y, style: style)
            }
            column += w
        }
        return max(0, column - max(x, 0))
    }

    /// Fills `rect` (clipped to the buffer) with `character` in `style`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .normal) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let w = max(1, character.displayWidth)
        let row = String(repeating: String(character), count: (rect.width + w - 1) / w)
        for y in area.y..<area.maxY {
            put(row, x: rect.x, y: y, style: style, maxWidth: rect.width)
        }
    }

    /// Fills the whole buffer with blanks in `style`.
    public mutating func clear(style: Style = .normal) {
        cells = Array(repeating: Cell(.glyph(" "), style: style), count: width * height)
    }

    /// Changes the style of the cells in `rect` (clipped to the buffer), keeping their content.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                cells[y * width + x].style = style
            }
        }
    }

    /// Copies `other` with its top-left corner at column `x`, row `y`, clipped to this buffer.
    public mutating func draw(_ other: CellBuffer, x: Int, y: Int) {
        for row in 0..<other.height where y + row >= 0 && y + row < height {
            for column in 0..<other.width where x + column >= 0 && x + column < width {
                let cell = other[column, row]
                switch cell.content {
                case .glyph(let character):
                    let w = character.displayWidth
                    if w == 2, x + column + 1 >= width {
                        place(" ", width: 1, x: x + column, y: y + row, style: cell.style)
                    } else {
                        place(character, width: w, x: x + column, y: y + row, style: cell.style)
                    }
                case .continuation where x + column == 0:
                    place(" ", width: 1, x: 0, y: y + row, style: cell.style)
                case .continuation:
                    break
                }
            }
        }
    }

    /// Row `y` as text, one character per column, the right halves of wide characters left out.
    public func line(_ y: Int) -> String {
        var text = ""
        for cell in cells[(y * width)..<((y + 1) * width)] {
            if case .glyph(let character) = cell.content { text.append(character) }
        }
        return text
    }

    /// Every row as text (see `line(_:)`).
    public func lines() -> [String] {
        (0..<height).map(line)
    }

    /// Every row as text without trailing spaces.
    public func trimmedLines() -> [String] {
        lines().map { line in
            var end = line.endIndex
            while end > line.startIndex, line[line.index(before: end)] == " " { end = line.index(before: end) }
            return String(line[..<end])
        }
    }

    /// Writes one glyph of display width `w` (1 or 2) at `x`, first blanking any wide character
    /// whose half it covers.
    private mutating func place(_ character: Character, width w: Int, x: Int, y: Int, style: Style) {
        let index = y * width + x
        breakWide(at: x, row: y)
        if w == 2 { breakWide(at: x + 1, row: y) }
        cells[index] = Cell(.glyph(character), style: style)
        if w == 2 { cells[index + 1] = Cell(.continuation, style: style) }
    }

    /// Blanks the other half of a wide character that has a half in column `x`.
    private mutating func breakWide(at x: Int, row y: Int) {
        let index = y * width + x
        if cells[index].content == .continuation, x > 0 {
            cells[index - 1].content = .glyph(" ")
        } else if x + 1 < width, cells[index + 1].content == .continuation {
            cells[index + 1].content = .glyph(" ")
        }
    }
}
