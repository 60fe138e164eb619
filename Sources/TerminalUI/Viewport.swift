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

    /// The items shown: from `offset`, at most `visible` of `count`.
    public func range(visible: Int, count: Int) -> Range<Int> {
        let start = min(offset, max(0, count))
        return start..<min(count, start + max(0, visible))
    }
}
