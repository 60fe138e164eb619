extension Message {
    /// The Russian text.
    var russian: String {
        switch self {
        case .verbatim(let text): return text
        case .application(let text): return text.text(.ru)
        case .functionHelp: return "Помощь"
        case .functionQuit: return "Выход"
        case .keyShowHelp: return "Список клавиш"
        case .keyBack: return "Назад"
        case .keyQuit: return "Выйти из программы"
        case .keyMoveList: return "Перемещение по списку"
        case .helpTitle(let screen): return "Клавиши: \(screen.russian)"
        case .helpFooter: return "любая клавиша — закрыть"
        case .escapeAtRoot: return "Выход из программы: F10 или q"
        case .terminalTooSmall: return "Окно терминала слишком маленькое."
        case .formSave: return "Сохранить"
        case .answerYes: return "Да"
        case .answerNo: return "Нет"
        case .formCancel: return "Отмена"
        case .keyNextField: return "Следующее поле"
        case .keyPreviousField: return "Предыдущее поле"
        case .keyTypeText: return "Поле текста: ввод, ← → Home End, Backspace"
        case .keyTypeDate: return "Поле даты: ДД.ММ или ДД.ММ.ГГГГ; ввод заменяет дату"
        case .keyChoose: return "Поле выбора: ← → Пробел или первая буква"
        case .keyTypeIntoField: return "Ввод в поле под курсором"
        case .terminalSizeNeeded(let needed, let actual): return "Нужно не меньше \(needed), сейчас \(actual)."
        case .notATerminal:
            return "Программа открывается только в терминале: ввод и вывод не должны быть перенаправлены."
        case .terminalTypeUnset:
            return "Не задан тип терминала (переменная TERM), например: export TERM=xterm-256color."
        case .terminalUnsupported(let term):
            return "Терминал «\(term)» не умеет полноэкранный режим; задайте TERM, например xterm-256color."
        case .terminalStartFailed(let term):
            return "Не удалось открыть терминал «\(term)»: нет его описания terminfo."
        case .localeNotUTF8(let codeset):
            return "Кодировка терминала \(codeset), а нужна UTF-8: например, export LANG=ru_RU.UTF-8."
        }
    }
}
