/// Where the benchmark shows its frames: a real terminal backend (the executable passes one on a
/// pseudo-terminal, since ZhurnalApp may not talk to ncurses).
public protocol BenchFrameSink: AnyObject {
    /// The terminal's size.
    var size: Size { get }
    /// Shows a frame, writing only what changed since the last one, and refreshes the terminal.
    func show(_ frame: CellBuffer)
}

/// Starts a fresh terminal for the benchmark (each first-frame measurement starts one).
public typealias BenchTerminalStarter = () throws -> any BenchFrameSink
