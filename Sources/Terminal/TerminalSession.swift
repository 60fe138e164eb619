import CNCursesW
import TerminalUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal in full-screen mode through ncurses: shows cell buffers, reads keys, runs an
/// `AppShell`. The only place the program talks to ncurses.
///
/// Starting checks that stdin and stdout are a terminal, `TERM` is usable and the locale is UTF-8,
/// and throws `TerminalError` otherwise, before the terminal is touched. `close()` (also run by
/// `deinit`, at `exit`, and before dying of a crash signal) restores the terminal.
public final class TerminalSession {
    /// The terminal's size now.
    public private(set) var size: Size
    private let screen: OpaquePointer
    /// Writes only what changed since the frame shown.
    private var painter: CellPainter
    /// Reads in a row that failed long before their timeout: the terminal is gone after many.
    private var immediateFailures = 0
    private var closed = false

    /// Reads that fail at once this many times in a row mean the terminal is gone.
    private static let failureLimit = 100

    /// Starts full-screen mode on stdin and stdout. `environment` is the process environment,
    /// read for `TERM`, the locale variables and `NO_COLOR`.
    public init(environment: [String: String]) throws(TerminalError) {
        let term = try Self.check(environment: environment)
        guard let screen = zh_newterm() else { throw .startFailed(term: term) }
        self.screen = screen
        let window = zh_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(25)
        Self.defineVT220Keys()
        curs_set(0)
        painter = CellPainter(palette: CellPainter.startColors(environment: environment))
        size = Size(width: Int(zh_cols()), height: Int(zh_lines()))
        TerminalGuard.install()
    }

    /// The checks of starting that need no terminal yet: stdin and stdout are a terminal, `TERM`
    /// is set and can address the cursor, and the locale is UTF-8 (selected for the process).
    /// Callers run it before opening files, so that a refusal leaves nothing behind.
    ///
    /// - Returns: the value of `TERM`.
    @discardableResult
    public static func check(environment: [String: String]) throws(TerminalError) -> String {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw .terminalTypeUnset }
        guard term != "dumb" else { throw .unsupported(term: term) }
        try selectUTF8Locale(environment)
        return term
    }

    deinit { close() }

    /// Leaves full-screen mode and restores the terminal; later calls do nothing.
    public func close() {
        guard !closed else { return }
        closed = true
        endwin()
        TerminalGuard.released()
        delscreen(screen)
    }

    /// Home, End and their kin as VT220 and xterm send them, known to ncurses even when `TERM`
    /// names a terminal whose description lacks them (tmux or screen under `TERM=xterm…`):
    /// otherwise the leading Esc would be read alone and close the screen.
    private static func defineVT220Keys() {
        let keys: [(String, Int32)] = [
            ("\u{1B}[1~", zh_key_home()), ("\u{1B}[7~", zh_key_home()), ("\u{1B}[H", zh_key_home()), ("\u{1B}OH", zh_key_home()),
            ("\u{1B}[4~", zh_key_end()), ("\u{1B}[8~", zh_key_end()), ("\u{1B}[F", zh_key_end()), ("\u{1B}OF", zh_key_end()),
        ]
        for (sequence, code) in keys where key_defined(sequence) <= 0 { define_key(sequence, code) }
    }

    /// Shows `buffer`, writing only the cells that differ from the frame shown before.
    public func flush(_ buffer: CellBuffer) {
        painter.paint(buffer)
    }

    /// The next key, waiting at most `timeoutMs` milliseconds; nil when none came in time.
    /// Throws when a terminating signal arrived or the terminal is gone.
    public func readKey(timeoutMs: Int) throws(SessionEnded) -> Key? {
        if let signal = TerminalGuard.pendingSignal { throw .signal(signal) }
        let window = zh_stdscr()
        wtimeout(window, Int32(clamping: max(0, timeoutMs)))
        var value: wint_t = 0
        let clock = ContinuousClock()
        let started = clock.now
        let status = wget_wch(window, &value)
        if let signal = TerminalGuard.pendingSignal { throw .signal(signal) }
        switch status {
        case zh_key_code_yes():
            immediateFailures = 0
            let key = KeyDecoder.key(code: UInt32(value)) { Size(width: Int(zh_cols()), height: Int(zh_lines())) }
            if case .resize(let width, let height) = key {
                size = Size(width: width, height: height)
                painter.shown = nil
                clearok(window, true)
            }
            return key
        case zh_ok():
            immediateFailures = 0
            return KeyDecoder.key(character: UInt32(value))
        default:
            if timeoutMs > 0, started.duration(to: clock.now) < .milliseconds(timeoutMs) / 2 {
                immediateFailures += 1
                if immediateFailures > Self.failureLimit { throw .terminalLost }
            } else {
                immediateFailures = 0
            }
            return nil
        }
    }

    /// Runs `shell` until it finishes: draw, show, read a key, handle it. Every `tickInterval`,
    /// keys or not, `onTick` runs (by default the shell's `tick`, e.g. to notice other processes'
    /// changes). Returns nil when the user quit, or why the session ended otherwise; the caller
    /// then calls `close()` and exits.
    public func run(_ shell: inout AppShell, tickInterval: Duration = .milliseconds(300),
                    onTick: (inout AppShell) -> Void = { $0.tick() }) -> SessionEnded? {
        shell.handle(.resize(width: size.width, height: size.height))
        let clock = ContinuousClock()
        var nextTick = clock.now + tickInterval
        while !shell.isFinished {
            var frame = CellBuffer(size: size)
            shell.draw(into: &frame)
            flush(frame)
            let wait = clock.now.duration(to: nextTick)
            do {
                if let key = try readKey(timeoutMs: max(0, Int(wait / .milliseconds(1)))) {
                    shell.handle(key)
                }
            } catch {
                return error
            }
            if clock.now >= nextTick {
                onTick(&shell)
                nextTick = clock.now + tickInterval
            }
            if shell.takeTypeAheadDiscard() { discardTypeAhead() }
        }
        return nil
    }

    /// Throws away the keys typed but not yet read (after a refused or failed save).
    public func discardTypeAhead() {
        flushinp()
    }

    /// Sets the locale from the environment and checks that it encodes UTF-8. A UTF-8 locale that
    /// is not installed (common in containers) falls back to `C.UTF-8`.
    static func selectUTF8Locale(_ environment: [String: String]) throws(TerminalError) {
        let chosen = zh_setlocale_from_env()
        if !isUTF8(codeset()) {
            let requested = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
            if chosen == nil, let requested, isUTF8(requested) {
                setlocale(LC_ALL, "C.UTF-8")
            }
        }
        let codeset = codeset()
        guard isUTF8(codeset) else { throw .localeNotUTF8(codeset: codeset) }
    }

    private static func codeset() -> String {
        zh_codeset().map { String(cString: $0) } ?? ""
    }

    private static func isUTF8(_ name: String) -> Bool {
        let folded = name.lowercased().filter { $0 != "-" }
        return folded.hasSuffix("utf8") || folded.contains(".utf8")
    }
}
