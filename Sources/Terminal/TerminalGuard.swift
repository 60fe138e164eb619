import CNCursesW
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last terminating signal received, 0 when none; written by the signal handler.
private let receivedSignal = Atomic<Int32>(0)

/// True while a session has the terminal in curses mode.
private let cursesActive = Atomic<Bool>(false)

/// True once the `atexit` handler is registered.
private let exitHandlerRegistered = Atomic<Bool>(false)

/// Keeps the terminal usable whatever happens: terminating signals are noted for the session's
/// read loop (which restores the terminal and ends), crash signals restore it before dying, and
/// an `exit` elsewhere in the program restores it too.
enum TerminalGuard {
    /// The signals that end a session cleanly.
    static let terminatingSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    /// Installs the handlers; called once curses has started.
    static func install() {
        receivedSignal.store(0, ordering: .relaxed)
        cursesActive.store(true, ordering: .relaxed)
        for signal in terminatingSignals {
            _ = zh_catch_signal(signal) { number in receivedSignal.store(number, ordering: .relaxed) }
        }
        zh_restore_terminal_on_crash()
        if !exitHandlerRegistered.exchange(true, ordering: .relaxed) {
            _ = atexit { if cursesActive.load(ordering: .relaxed) { endwin() } }
        }
    }

    /// Notes that curses mode has ended and gives the terminating signals their default action.
    static func released() {
        cursesActive.store(false, ordering: .relaxed)
        for signal in terminatingSignals { _ = zh_catch_signal(signal, nil) }
    }

    /// The terminating signal received since the session started, if any.
    static var pendingSignal: Int32? {
        let signal = receivedSignal.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }
}
