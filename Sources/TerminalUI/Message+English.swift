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
        case .formSave: return "Save"
        case .answerYes: return "Yes"
        case .answerNo: return "No"
        case .formCancel: return "Cancel"
        case .keyNextField: return "Next field"
        case .keyPreviousField: return "Previous field"
        case .keyTypeText: return "Text field: type, ← → Home End, Backspace"
        case .keyTypeDate: return "Date field: DD.MM or DD.MM.YYYY; typing replaces it"
        case .keyChoose: return "Choice field: ← → Space or the first letter"
        case .keyTypeIntoField: return "Type into the field under the cursor"
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
