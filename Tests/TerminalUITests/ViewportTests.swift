import Testing
import TerminalUI

@Suite struct ViewportTests {
    private func revealed(_ indices: [Int], visible: Int = 10, count: Int = 30) -> Viewport {
        var viewport = Viewport()
        for index in indices { viewport.reveal(index, visible: visible, count: count) }
        return viewport
    }

    @Test func scrollsOnlyWhenTheItemLeavesTheView() {
        #expect(revealed([5]).offset == 0)
        #expect(revealed([9]).offset == 0)
        #expect(revealed([10]).offset == 1)
        #expect(revealed([25, 20]).offset == 16)
        #expect(revealed([25, 15]).offset == 15)
        #expect(revealed([29]).offset == 20)
    }

    @Test func clampsToTheItems() {
        #expect(revealed([100]).offset == 20)
        #expect(revealed([-4, 29]).offset == 20)
        #expect(revealed([29], visible: 10, count: 5).offset == 0)
        #expect(revealed([3], visible: 0).offset == 0)
        var shrunk = revealed([29])
        shrunk.reveal(3, visible: 10, count: 8)
        #expect(shrunk.offset == 0)
    }

    @Test func visibleRange() {
        #expect(revealed([29]).range(visible: 10, count: 30) == 20..<30)
        #expect(Viewport(offset: 5).range(visible: 10, count: 8) == 5..<8)
        #expect(Viewport(offset: 9).range(visible: 10, count: 3) == 3..<3)
        #expect(Viewport(offset: -2).range(visible: 4, count: 3) == 0..<3)
    }
}

extension ViewportTests {
    @Test func scrollToStopsAtTheEnds() {
        var viewport = Viewport()
        viewport.scroll(to: 25, visible: 10, count: 30)
        #expect(viewport.offset == 20)
        viewport.scroll(to: 25, visible: 1, count: 30)
        #expect(viewport.offset == 25)
        viewport.scroll(to: 99, visible: 0, count: 30)
        #expect(viewport.offset == 29)
        viewport.scroll(to: -3, visible: 10, count: 30)
        #expect(viewport.offset == 0)
        viewport.scroll(to: 4, visible: 10, count: 0)
        #expect(viewport.offset == 0)
    }

    @Test func filledRangeLeavesNoRowEmptyBelowTheLastItem() {
        #expect(Viewport(offset: 5).filledRange(visible: 10, count: 30) == 5..<15)
        #expect(Viewport(offset: 25).filledRange(visible: 10, count: 30) == 20..<30)
        #expect(Viewport(offset: 25).filledRange(visible: 40, count: 30) == 0..<30)
        #expect(Viewport(offset: 3).filledRange(visible: 0, count: 30) == 3..<3)
        #expect(Viewport(offset: 3).filledRange(visible: 4, count: 0) == 0..<0)
    }
}
