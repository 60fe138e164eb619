/// Every text the toolkit shows: its own (key names, help, terminal problems), the application's
/// (``ApplicationText``), or user data as it is. Each toolkit case has its whole Russian and whole
/// English sentence side by side in one exhaustive switch (`pair`), so a message without a
/// translation does not compile. Numbers and names go in as parameters.
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
        let texts = pair
        switch language {
        case .ru: return texts.ru
        case .en: return texts.en
        }
    }

    /// The Russian and the English text side by side.
    private var pair: (ru: String, en: String) {
        switch self {
        case .verbatim(let text): return (text, text)
        case .application(let text): return (text.text(.ru), text.text(.en))
        case .functionHelp: return ("Помощь", "Help")
        case .functionQuit: return ("Выход", "Quit")
        case .keyShowHelp: return ("Список клавиш", "List of keys")
        case .keyBack: return ("Назад", "Back")
        case .keyQuit: return ("Выйти из программы", "Quit the program")
        case .keyMoveList: return ("Перемещение по списку", "Move through the list")
        case .helpTitle(let screen):
            let title = screen.pair
            return ("Клавиши: \(title.ru)", "Keys: \(title.en)")
        case .helpFooter: return ("любая клавиша — закрыть", "any key closes")
        case .escapeAtRoot: return ("Выход из программы: F10 или q", "To quit press F10 or q")
        case .terminalTooSmall: return ("Окно терминала слишком маленькое.", "The terminal window is too small.")
        case .formSave: return ("Сохранить", "Save")
        case .answerYes: return ("Да", "Yes")
        case .answerNo: return ("Нет", "No")
        case .formCancel: return ("Отмена", "Cancel")
        case .keyNextField: return ("Следующее поле", "Next field")
        case .keyPreviousField: return ("Предыдущее поле", "Previous field")
        case .keyTypeText: return ("Поле текста: ввод, ← → Home End, Backspace", "Text field: type, ← → Home End, Backspace")
        case .keyTypeDate:
            return ("Поле даты: ДД.ММ или ДД.ММ.ГГГГ; ввод заменяет дату", "Date field: DD.MM or DD.MM.YYYY; typing replaces it")
        case .keyChoose: return ("Поле выбора: ← → Пробел или первая буква", "Choice field: ← → Space or the first letter")
        case .keyTypeIntoField: return ("Ввод в поле под курсором", "Type into the field under the cursor")
        case .terminalSizeNeeded(let needed, let actual):
            return ("Нужно не меньше \(needed), сейчас \(actual).", "It needs at least \(needed), now \(actual).")
        case .notATerminal:
            return ("Программа открывается только в терминале: ввод и вывод не должны быть перенаправлены.",
                    "The program opens only in a terminal: input and output must not be redirected.")
        case .terminalTypeUnset:
            return ("Не задан тип терминала (переменная TERM), например: export TERM=xterm-256color.",
                    "The terminal type (TERM) is not set, e.g. export TERM=xterm-256color.")
        case .terminalUnsupported(let term):
            return ("Терминал «\(term)» не умеет полноэкранный режим; задайте TERM, например xterm-256color.",
                    "Terminal \"\(term)\" has no full-screen mode; set TERM, e.g. xterm-256color.")
        case .terminalStartFailed(let term):
            return ("Не удалось открыть терминал «\(term)»: нет его описания terminfo.",
                    "Cannot open terminal \"\(term)\": no terminfo description for it.")
        case .localeNotUTF8(let codeset):
            return ("Кодировка терминала \(codeset), а нужна UTF-8: например, export LANG=ru_RU.UTF-8.",
                    "The terminal encoding is \(codeset) but UTF-8 is needed, e.g. export LANG=en_US.UTF-8.")
        }
    }
}
