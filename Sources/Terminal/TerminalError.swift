import TerminalUI

/// Why a terminal session could not start; `message` explains it to the user.
public enum TerminalError: Error, Equatable, Sendable {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// `TERM` is not set.
    case terminalTypeUnset
    /// `TERM` names a terminal without cursor addressing, such as `dumb`.
    case unsupported(term: String)
    /// ncurses could not start, e.g. no terminfo entry for `TERM`.
    case startFailed(term: String)
    /// The locale's character encoding is not UTF-8.
    case localeNotUTF8(codeset: String)

    /// The explanation for the user.
    public var message: Message {
        switch self {
        case .notATerminal: return .notATerminal
        case .terminalTypeUnset: return .terminalTypeUnset
        case .unsupported(let term): return .terminalUnsupported(term: term)
        case .startFailed(let term): return .terminalStartFailed(term: term)
        case .localeNotUTF8(let codeset): return .localeNotUTF8(codeset: codeset)
        }
    }
}
