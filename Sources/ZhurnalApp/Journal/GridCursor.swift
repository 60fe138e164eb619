/// The cursor cell of the journal grid and the scroll offsets that keep it visible.
public struct GridCursor: Equatable, Sendable {
    /// Student row index.
    public var row = 0
    /// Lesson column index.
    public var column = 0
    /// First visible student row.
    public var topRow = 0
    /// First visible lesson column.
    public var leftColumn = 0

    public init(row: Int = 0, column: Int = 0) {
        self.row = row
        self.column = column
    }

    /// Moves by a number of rows and columns, staying inside a grid of the given size.
    public mutating func move(rows: Int, columns: Int, rowCount: Int, columnCount: Int) {
        row = clamp(row + rows, rowCount)
        column = clamp(column + columns, columnCount)
    }

    /// Keeps the cursor inside a grid whose size changed.
    public mutating func clampTo(rowCount: Int, columnCount: Int) {
        row = clamp(row, rowCount)
        column = clamp(column, columnCount)
    }

    /// Scrolls so that the cursor is inside a window of `visibleRows` × `visibleColumns`.
    public mutating func scrollToCursor(visibleRows: Int, visibleColumns: Int) {
        let rowsShown = max(1, visibleRows), columnsShown = max(1, visibleColumns)
        if row < topRow { topRow = row }
        if row >= topRow + rowsShown { topRow = row - rowsShown + 1 }
        if column < leftColumn { leftColumn = column }
        if column >= leftColumn + columnsShown { leftColumn = column - columnsShown + 1 }
        topRow = max(0, topRow)
        leftColumn = max(0, leftColumn)
    }

    private func clamp(_ value: Int, _ count: Int) -> Int {
        max(0, min(value, count - 1))
    }
}
