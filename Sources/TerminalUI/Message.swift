/// Every text the toolkit shows: its own (key names, help, terminal problems), the application's
/// (``ApplicationText``), or user data as it is. Each toolkit case has a Russian and an English
/// text in `Message+Russian.swift` and `Message+English.swift`; their switches are exhaustive, so
/// a message without a translation does not compile. Numbers and names go in as parameters.
public enum Message: Hashable, Sendable {
    /// User data shown as it is (a name, a file path); never for wording of the program's own.
    case verbatim(String)
    /// A text of the application built on the toolkit, told by the application.
    case application(ApplicationText)

    case functionHelp
    case functionQuit
    case keyShowHelp
    case keyBack
    case keyQuit
    /// The scrolling keys of a list or a page of text (``ScrollingList``).
    case keyMoveList
    indirect case helpTitle(screen: Message)
    case helpFooter
    case escapeAtRoot
    case terminalTooSmall
    case formSave
    case answerYes
    case answerNo
    case formCancel
    case keyNextField
    case keyPreviousField
    case keyTypeText
    case keyTypeDate
    case keyChoose
    case keyTypeIntoField
    case terminalSizeNeeded(needed: Size, actual: Size)

    case notATerminal
    case terminalTypeUnset
    case terminalUnsupported(term: String)
    case terminalStartFailed(term: String)
    case localeNotUTF8(codeset: String)
}

extension Message {
    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .ru: return russian
        case .en: return english
        }
    }
}
