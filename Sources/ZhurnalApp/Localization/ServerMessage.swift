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
        let ru = language == .ru
        switch self {
        case .file(let path, let outcome):
            switch outcome {
            case .created: return ru ? "создан: \(path)" : "created: \(path)"
            case .updated: return ru ? "обновлён: \(path)" : "updated: \(path)"
            case .unchanged: return ru ? "без изменений: \(path)" : "unchanged: \(path)"
            }
        case .sudoersChecked: return ru ? "sudoers проверен: visudo -c -f" : "sudoers checked with visudo -c -f"
        case .visudoMissing:
            return ru ? "visudo не установлен: проверьте файл sudoers командой visudo -c -f на сервере"
                      : "visudo is not installed: check the sudoers file with visudo -c -f on the server"
        case .sudoersRejected(let path):
            return ru ? "visudo отверг \(path): файл удалён, sudo не изменён" : "visudo rejected \(path): the file was removed, sudo is unchanged"
        case .runAsRoot(let commands):
            return (ru ? "осталось выполнить от root (учётные записи программа не создаёт):" : "still to run as root (setup never creates accounts):")
                + commands.map { "\n  " + $0 }.joined()
        case .handedOver(let account):
            return ru ? "каталог и журнал отданы учётной записи \(account)" : "the directory and the journal now belong to \(account)"
        case .failed(let what): return ru ? "настройка сервера не удалась: \(what)" : "server setup failed: \(what)"
        }
    }
}
