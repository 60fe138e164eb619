extension CellBuffer {
    /// Draws a horizontal line of `length` columns from (`x`, `y`), clipped to the buffer.
    public mutating func horizontalLine(x: Int, y: Int, length: Int, style: Style = Style(.border),
                                        glyphs: LineGlyphs = .unicode) {
        fill(Rect(x: x, y: y, width: length, height: 1), with: glyphs.horizontal, style: style)
    }

    /// Draws a vertical line of `length` rows from (`x`, `y`), clipped to the buffer.
    public mutating func verticalLine(x: Int, y: Int, length: Int, style: Style = Style(.border),
                                      glyphs: LineGlyphs = .unicode) {
        fill(Rect(x: x, y: y, width: 1, height: length), with: glyphs.vertical, style: style)
    }

    /// Draws the border of `rect` (at least 2 × 2), clipped to the buffer; the inside is untouched.
    public mutating func box(_ rect: Rect, style: Style = Style(.border), glyphs: LineGlyphs = .unicode) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        horizontalLine(x: rect.x + 1, y: rect.y, length: rect.width - 2, style: style, glyphs: glyphs)
        horizontalLine(x: rect.x + 1, y: rect.maxY - 1, length: rect.width - 2, style: style, glyphs: glyphs)
        verticalLine(x: rect.x, y: rect.y + 1, length: rect.height - 2, style: style, glyphs: glyphs)
        verticalLine(x: rect.maxX - 1, y: rect.y + 1, length: rect.height - 2, style: style, glyphs: glyphs)
        put(String(glyphs.topLeft), x: rect.x, y: rect.y, style: style)
        put(String(glyphs.topRight), x: rect.maxX - 1, y: rect.y, style: style)
        put(String(glyphs.bottomLeft), x: rect.x, y: rect.maxY - 1, style: style)
        put(String(glyphs.bottomRight), x: rect.maxX - 1, y: rect.maxY - 1, style: style)
    }
}
