/// The scroll position of a list or a grid axis: which item comes first on screen.
public struct Viewport: Hashable, Sendable {
    /// The first item shown.
    public private(set) var offset: Int

    public init(offset: Int = 0) {
        self.offset = max(0, offset)
    }

    /// Scrolls as little as possible so that item `index` is among the `visible` items shown, and
    /// never past the end of `count` items (no empty space below the last one).
    public mutating func reveal(_ index: Int, visible: Int, count: Int) {
        guard visible > 0, count > 0 else {
            offset = 0
            return
        }
        let target = min(max(index, 0), count - 1)
        if target < offset { offset = target }
        if target >= offset + visible { offset = target - visible + 1 }
        offset = max(0, min(offset, count - visible))
    }

    /// Puts item `first` at the top, within `count` items of which `visible` are shown: never
    /// before the first item, and never so far down that rows stay empty below the last one (with
    /// `visible` 1, or less, the last item may come to the top).
    public mutating func scroll(to first: Int, visible: Int, count: Int) {
        offset = max(0, min(first, count - max(1, visible)))
    }

    /// The items shown: from `offset`, at most `visible` of `count`.
    public func range(visible: Int, count: Int) -> Range<Int> {
        let start = min(offset, max(0, count))
        return start..<min(count, start + max(0, visible))
    }

    /// The items shown with no empty row below the last one: from `offset`, or from further up
    /// when fewer than `visible` items are left from there; at most `visible` of `count`.
    public func filledRange(visible: Int, count: Int) -> Range<Int> {
        let rows = max(0, visible)
        let start = max(0, min(offset, count - rows))
        return start..<max(start, min(count, start + rows))
    }
}
