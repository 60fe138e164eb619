import CNCursesW
import TerminalUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An ncurses screen on a fresh pseudo-terminal (`openpty` + `newterm`) whose other side is read
/// and discarded as a terminal emulator would: lets `zhurnal bench` flush frames through the same
/// diff-flush code as the real terminal without a user's terminal.
public final class PseudoTerminalSink: FrameSink {
    public let size: Size
    private let screen: OpaquePointer
    private let file: UnsafeMutablePointer<FILE>
    private var painter: CellPainter

    /// Opens a pseudo-terminal of `size` and starts ncurses of type `term` on it, in the `C.UTF-8`
    /// locale (else the environment's UTF-8 one).
    public init(size: Size = Size(width: 120, height: 40), term: String = "xterm-256color",
                environment: [String: String]) throws(TerminalError) {
        if setlocale(LC_ALL, "C.UTF-8") == nil { try TerminalSession.selectUTF8Locale(environment) }
        var master: Int32 = -1
        var slave: Int32 = -1
        guard zh_openpty(&master, &slave, Int32(size.height), Int32(size.width)) == 0 else {
            throw .startFailed(term: term)
        }
        var stream: UnsafeMutablePointer<FILE>?
        guard let screen = zh_newterm_on(term, slave, &stream), let stream else {
            close(master)
            close(slave)
            throw .startFailed(term: term)
        }
        guard zh_drain_in_background(master) == 0 else {
            endwin()
            delscreen(screen)
            fclose(stream)
            close(master)
            throw .startFailed(term: term)
        }
        self.size = size
        self.screen = screen
        file = stream
        set_term(screen)
        raw()
        noecho()
        curs_set(0)
        painter = CellPainter(palette: CellPainter.startColors(environment: [:]))
    }

    deinit {
        set_term(screen)
        endwin()
        delscreen(screen)
        fclose(file)
    }

    public func show(_ frame: CellBuffer) {
        set_term(screen)
        painter.paint(frame)
    }
}
