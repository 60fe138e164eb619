import TerminalUI

/// `zhurnal --help`, made from the ``CommandTable``: a synopsis and a summary per command.
enum HelpText {
    /// Columns of the synopsis before the summary starts.
    private static let synopsisWidth = 44
    /// Columns of a summary line.
    private static let summaryWidth = 56
    /// Columns of a synopsis line before it wraps.
    private static let lineWidth = 100

    /// The whole help in `language`.
    static func render(language: Language) -> String {
        let usage = usageLines(language: language).map { "  " + $0 }.joined(separator: "\n")
        return language == .ru
            ? "Zhurnal — классный журнал в терминале.\n\nИспользование:\n\(usage)\n\n\(russianNotes)\n"
            : "Zhurnal — a class journal in the terminal.\n\nUsage:\n\(usage)\n\n\(englishNotes)\n"
    }

    /// The usage section, unindented: every command of the table with its summary, then
    /// `--help | --version`. README quotes it as it is.
    static func usageLines(language: Language) -> [String] {
        var lines: [String] = []
        for spec in CommandTable.all {
            let synopsis = wrap(synopsis(spec, language: language))
            let summary = spec.summary.text(language).wrapped(toWidth: summaryWidth)
            var rest = summary[...]
            if synopsis.count == 1, synopsis[0].displayWidth <= synopsisWidth - 2, let first = rest.popFirst() {
                lines.append(synopsis[0].padded(toWidth: synopsisWidth) + first)
            } else {
                lines += synopsis
            }
            lines += rest.map { String(repeating: " ", count: synopsisWidth) + $0 }
        }
        lines.append("zhurnal --help | --version")
        return lines
    }

    /// `zhurnal` and the command's words, positional words and options, optional ones in brackets.
    static func synopsis(_ spec: CommandSpec, language: Language) -> [String] {
        var parts = ["zhurnal"] + spec.path
        switch spec.positionals {
        case .none: break
        case .one(let name), .many(let name): parts.append(name.text(language))
        }
        let options = spec.path.isEmpty ? CommandTable.global : spec.options
        var shown: Set<String> = []
        for option in options where !shown.contains(option.longName) {
            let alternatives = [option] + option.excludes.compactMap { name in options.first { $0.longName == name } }
            shown.formUnion(alternatives.map(\.longName))
            let text = alternatives.map { usage(of: $0, language: language) }.joined(separator: "|")
            parts.append(option.required ? text : "[\(text)]" + (option.repeats ? "…" : ""))
        }
        return parts
    }

    private static func usage(of option: OptionSpec, language: Language) -> String {
        guard let value = option.value else { return option.longName }
        return option.longName + " " + value.text(language)
    }

    /// The synopsis's parts in lines of at most ``lineWidth`` columns; later lines are indented.
    private static func wrap(_ parts: [String]) -> [String] {
        var lines = [parts[0]]
        for part in parts.dropFirst() {
            let candidate = lines[lines.count - 1] + " " + part
            if candidate.displayWidth <= lineWidth {
                lines[lines.count - 1] = candidate
            } else {
                lines.append("        " + part)
            }
        }
        return lines
    }

    private static let englishNotes = """
    The journal file: --db PATH, else $ZHURNAL_DB, else $XDG_DATA_HOME/zhurnal/journal.sqlite
    (~/.local/share/zhurnal/journal.sqlite). The demo lives in demo.sqlite beside it.
    CSV files: a header row in English or Russian, "," or ";", UTF-8 or Windows-1251.
    --excel writes what Excel opens directly: ";", CRLF, UTF-8 with BOM, DD.MM.YYYY dates,
    Russian headers (English with --lang en).
    Exit codes: 0 ok, 1 user error, 2 usage, 3 database refused.
    """

    private static let russianNotes = """
    Файл журнала: --db ПУТЬ, иначе $ZHURNAL_DB, иначе $XDG_DATA_HOME/zhurnal/journal.sqlite
    (~/.local/share/zhurnal/journal.sqlite). Демонстрационная школа — demo.sqlite рядом.
    CSV: строка заголовков по-русски или по-английски, «,» или «;», UTF-8 или Windows-1251.
    --excel записывает то, что Excel открывает сразу: «;», CRLF, UTF-8 с BOM, даты ДД.ММ.ГГГГ,
    русские заголовки (английские с --lang en).
    Коды выхода: 0 — успех, 1 — ошибка пользователя, 2 — неверный вызов, 3 — файл журнала отклонён.
    """
}
