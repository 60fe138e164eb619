import TerminalUI

/// What `zhurnal server setup` says.
public enum ServerMessage: Sendable, Equatable {
    case file(String, ServerSetup.Outcome)
    case sudoersChecked
    case visudoMissing
    case sudoersRejected(String)
    /// The commands the administrator runs as root (account, group, owner, members).
    case runAsRoot([String])
    case handedOver(String)
    case failed(String)

    /// The text in a language.
    public func text(_ language: Language) -> String {
        language == .ru ? pair.ru : pair.en
    }

    /// The whole sentence in Russian and in English.
    private var pair: (ru: String, en: String) {
        switch self {
        case .file(let path, let outcome):
            switch outcome {
            case .created: return ("создан: \(path)", "created: \(path)")
            case .updated: return ("обновлён: \(path)", "updated: \(path)")
            case .unchanged: return ("без изменений: \(path)", "unchanged: \(path)")
            }
        case .sudoersChecked: return ("sudoers проверен: visudo -c -f", "sudoers checked with visudo -c -f")
        case .visudoMissing:
            return (
                "visudo не установлен: проверьте файл sudoers командой visudo -c -f на сервере",
                "visudo is not installed: check the sudoers file with visudo -c -f on the server"
            )
        case .sudoersRejected(let path):
            return (
                "visudo отверг \(path): файл удалён, sudo не изменён",
                "visudo rejected \(path): the file was removed, sudo is unchanged"
            )
        case .runAsRoot(let commands):
            let list = commands.map { "\n  " + $0 }.joined()
            return ("осталось выполнить от root (учётные записи программа не создаёт):" + list,
                    "still to run as root (setup never creates accounts):" + list)
        case .handedOver(let account):
            return (
                "каталог и журнал отданы учётной записи \(account)",
                "the directory and the journal now belong to \(account)"
            )
        case .failed(let what): return ("настройка сервера не удалась: \(what)", "server setup failed: \(what)")
        }
    }
}
