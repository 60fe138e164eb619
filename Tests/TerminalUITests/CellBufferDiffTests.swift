import Testing
import TerminalUI

@Suite struct CellBufferDiffTests {
    private func frame(_ rows: [String]) -> CellBuffer {
        var buffer = CellBuffer(width: 8, height: rows.count)
        for (y, row) in rows.enumerated() { buffer.put(row, x: 0, y: y) }
        return buffer
    }

    @Test func sameFrameHasNoChanges() {
        let buffer = frame(["Иванов 5", "Петров 4"])
        #expect(buffer.diff(from: buffer).isEmpty)
    }

    @Test func onlyChangedCellsAreReported() {
        let before = frame(["Иванов 5", "Петров 4"])
        let after = frame(["Иванов 5", "Петров 3"])
        #expect(after.diff(from: before) == [CellRun(x: 7, y: 1, cells: [Cell(.glyph("3"))])])
    }

    @Test func separateChangesMakeSeparateRuns() {
        let before = frame(["abcdefgh"])
        let after = frame(["aXcdeYZh"])
        #expect(after.diff(from: before) == [
            CellRun(x: 1, y: 0, cells: [Cell(.glyph("X"))]),
            CellRun(x: 5, y: 0, cells: [Cell(.glyph("Y")), Cell(.glyph("Z"))]),
        ])
    }

    @Test func styleChangeIsAChange() {
        let before = frame(["ab"])
        var after = before
        after.setStyle(Style(.selected), in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(after.diff(from: before) == [CellRun(x: 1, y: 0, cells: [Cell(.glyph("b"), style: Style(.selected))])])
    }

    @Test func wideCharacterReplacedByNarrowOnes() {
        let before = frame(["日x"])
        let after = frame(["abx"])
        #expect(after.diff(from: before) == [CellRun(x: 0, y: 0, cells: [Cell(.glyph("a")), Cell(.glyph("b"))])])
        #expect(before.diff(from: after) == [CellRun(x: 0, y: 0, cells: [Cell(.glyph("日")), Cell(.continuation)])])
    }

    @Test func noPreviousFrameOrAnotherSizeRedrawsEverything() {
        let buffer = frame(["ab", "cd"])
        let runs = buffer.diff(from: nil)
        #expect(runs.map(\.y) == [0, 1])
        #expect(runs.allSatisfy { $0.x == 0 && $0.cells.count == 8 })
        #expect(buffer.diff(from: CellBuffer(width: 9, height: 2)).count == 2)
    }
}
