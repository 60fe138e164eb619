extension Message {
    /// The English text.
    var english: String {
        switch self {
        case .verbatim(let text): return text
        case .application(let text): return text.text(.en)
        case .functionHelp: return "Help"
        case .functionQuit: return "Quit"
        case .keyShowHelp: return "List of keys"
        case .keyBack: return "Back"
        case .keyQuit: return "Quit the program"
        case .keyMoveList: return "Move through the list"
        case .helpTitle(let screen): return "Keys: \(screen.english)"
        case .helpFooter: return "any key closes"
        case .escapeAtRoot: return "To quit press F10 or q"
        case .terminalTooSmall: return "The terminal window is too small."
        case .terminalSizeNeeded(let needed, let actual): return "It needs at least \(needed), now \(actual)."
        case .notATerminal:
            return "The program opens only in a terminal: input and output must not be redirected."
        case .terminalTypeUnset:
            return "The terminal type (TERM) is not set, e.g. export TERM=xterm-256color."
        case .terminalUnsupported(let term):
            return "Terminal \"\(term)\" has no full-screen mode; set TERM, e.g. xterm-256color."
        case .terminalStartFailed(let term):
            return "Cannot open terminal \"\(term)\": no terminfo description for it."
        case .localeNotUTF8(let codeset):
            return "The terminal encoding is \(codeset) but UTF-8 is needed, e.g. export LANG=en_US.UTF-8."
        }
    }
}
