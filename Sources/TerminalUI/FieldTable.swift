import Foundation

/// Text fields in rows of any number of cells, with one focused cell: Tab and Shift-Tab go cell
/// by cell through every row, ↑ and ↓ go to the row above or below: the same cell in a row of
/// the same shape, else the first.
public struct FieldTable {
    public private(set) var rows: [[LineEditor]]
    public private(set) var row = 0
    public private(set) var column = 0

    public init(_ rows: [[String]]) {
        self.rows = rows.map { $0.map { LineEditor($0, maxLength: 200) } }
    }

    /// The trimmed text of a cell.
    public subscript(row: Int, column: Int) -> String {
        rows[row][column].text.trimmingCharacters(in: .whitespaces)
    }

    public mutating func next() {
        if column + 1 < rows[row].count {
            column += 1
        } else {
            row = (row + 1) % rows.count
            column = 0
        }
    }

    public mutating func previous() {
        if column > 0 {
            column -= 1
        } else {
            row = (row + rows.count - 1) % rows.count
            column = rows[row].count - 1
        }
    }

    public mutating func up() { step(to: max(0, row - 1)) }

    public mutating func down() { step(to: min(rows.count - 1, row + 1)) }

    private mutating func step(to target: Int) {
        focus(row: target, column: rows[target].count == rows[row].count ? column : 0)
    }

    /// Moves the focus to `row`, in the cell nearest the current column.
    public mutating func focus(row: Int, column: Int? = nil) {
        self.row = row
        self.column = min(column ?? self.column, rows[row].count - 1)
    }

    /// Passes an editing key to the focused cell.
    public mutating func edit(_ key: Key) { rows[row][column].handle(key) }

    /// Inserts a row of empty cells at `index` and focuses its first cell.
    public mutating func insertRow(cells: Int, at index: Int) {
        rows.insert(Array(repeating: LineEditor(maxLength: 200), count: cells), at: index)
        focus(row: index, column: 0)
    }

    /// Removes the row at `index`; the focus stays at the same index (or the last row).
    public mutating func removeRow(at index: Int) {
        rows.remove(at: index)
        focus(row: min(index, rows.count - 1))
    }

    /// Draws the cells of `row` side by side from `x`, each `widths[i]` wide with a space between.
    public func draw(row index: Int, x: Int, y: Int, widths: [Int], into buffer: inout CellBuffer) {
        var left = x
        for (cell, width) in zip(rows[index].indices, widths) {
            let focused = index == row && cell == column
            rows[index][cell].draw(into: &buffer, x: left, y: y, width: min(width, max(0, buffer.width - left)),
                                   style: Style(.selected), cursorStyle: focused ? Style(.cursor, .reverse) : Style(.selected))
            left += width + 1
        }
    }
}
