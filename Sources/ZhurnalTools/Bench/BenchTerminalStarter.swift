import TerminalUI

/// Starts a fresh terminal for the benchmark (each first-frame measurement starts one); the
/// executable passes a pseudo-terminal, since ZhurnalTools may not talk to ncurses.
public typealias BenchTerminalStarter = () throws -> any FrameSink
