/// Consecutive cells of one row that changed between two frames, to be written from `x` on.
public struct CellRun: Hashable, Sendable {
    public let x: Int
    public let y: Int
    public let cells: [Cell]

    public init(x: Int, y: Int, cells: [Cell]) {
        self.x = x
        self.y = y
        self.cells = cells
    }
}

extension CellBuffer {
    /// The runs of cells that differ from `previous`; every row in full when there is no previous
    /// frame or it has another size. A run never starts on the right half of a wide character.
    public func diff(from previous: CellBuffer?) -> [CellRun] {
        guard let previous, previous.size == size else {
            return (0..<height).map { y in CellRun(x: 0, y: y, cells: Array(cells[(y * width)..<((y + 1) * width)])) }
        }
        var runs: [CellRun] = []
        for y in 0..<height {
            let row = y * width
            var x = 0
            while x < width {
                guard cells[row + x] != previous.cells[row + x] else { x += 1; continue }
                var start = x
                if cells[row + start].content == .continuation, start > 0 { start -= 1 }
                while x < width, cells[row + x] != previous.cells[row + x] { x += 1 }
                runs.append(CellRun(x: start, y: y, cells: Array(cells[(row + start)..<(row + x)])))
            }
        }
        return runs
    }
}
