/// Somewhere frames are shown: a terminal backend (the real terminal, or a pseudo-terminal the
/// benchmark flushes through the same diff-flush code).
public protocol FrameSink: AnyObject {
    /// The terminal's size.
    var size: Size { get }
    /// Shows a frame, writing only what changed since the last one, and refreshes the terminal.
    func show(_ frame: CellBuffer)
}
