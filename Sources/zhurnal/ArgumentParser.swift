import ZhurnalApp
import ZhurnalCore

/// Parses `zhurnal` arguments (without the program name) into an ``Invocation`` through the
/// ``CommandTable``: which command, whether it takes each option, and each value's kind.
///
/// `--db PATH` and `--lang ru|en` are accepted before or after the subcommand; `--opt=value`
/// is accepted as well as `--opt value`. A repeated option takes its last value (one declared
/// repeating keeps every value); `--` ends the options (every later word is a positional
/// argument, even one starting with `-`).
struct ArgumentParser {
    private let words: [String]
    private let table: [CommandSpec]
    private var positionals: [String] = []
    /// Each option's last value by its long name; a flag maps to "".
    private var options: [String: String] = [:]
    /// Option names in the order first given.
    private var given: [String] = []
    private var repeated: [String: [String]] = [:]

    init(_ arguments: [String], table: [CommandSpec] = CommandTable.all) {
        words = arguments
        self.table = table
    }

    /// Parses the arguments or throws a ``UsageError``.
    mutating func parse() throws(UsageError) -> Invocation {
        try split()
        let language = try globalValue("--lang")
        return Invocation(databasePath: options["--db"], language: language, command: try command())
    }

    /// Every option of the table and the global ones, by each name they answer to.
    private static func known(_ table: [CommandSpec]) -> [String: OptionSpec] {
        var known: [String: OptionSpec] = ["-h": .flag("--help"), "--help": .flag("--help"),
                                           "-V": .flag("--version"), "--version": .flag("--version")]
        for option in CommandTable.global + table.flatMap(\.options) {
            for name in option.names { known[name] = option }
        }
        return known
    }

    /// The `--lang` value the arguments ask for (the last one, before any `--`), read without
    /// parsing the rest, so that a usage error is told in that language too.
    static func requestedLanguage(_ arguments: [String]) -> String? {
        let known = known(CommandTable.all)
        var requested: String?
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let word = arguments[index]
            index += 1
            if word.hasPrefix("--lang=") {
                requested = String(word.dropFirst(7))
            } else if known[word]?.value != nil, index < arguments.count {
                if word == "--lang" { requested = arguments[index] }
                index += 1
            }
        }
        return requested
    }

    private mutating func split() throws(UsageError) {
        let known = Self.known(table)
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            guard !optionsEnded, word == "-h" || word == "-V" || word == "-o" || word.hasPrefix("--") else {
                positionals.append(word)
                continue
            }
            if word == "--" { optionsEnded = true; continue }
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard let option = known[parts[0]] else { throw .unknownOption(word) }
            let name = option.longName
            var value = ""
            if option.value == nil {
                guard parts.count == 1 else { throw .unexpectedArgument(word) }
            } else {
                if parts.count == 2 {
                    value = parts[1]
                } else {
                    guard index < words.count else { throw .missingValue(option: name) }
                    value = words[index]
                    index += 1
                }
                guard !value.isEmpty else { throw .missingValue(option: name) }
            }
            if options[name] == nil { given.append(name) }
            options[name] = value
            if option.repeats { repeated[name, default: []].append(value) }
        }
    }

    private func globalValue(_ name: String) throws(UsageError) -> String? {
        guard let option = CommandTable.global.first(where: { $0.longName == name }), let text = options[name] else { return nil }
        _ = try Self.check(text, of: option)
        return text
    }

    private func command() throws(UsageError) -> Invocation.Command {
        if options["--help"] != nil { return .help }
        if options["--version"] != nil { return .version }
        switch positionals.first {
        case "help": return .help
        case "version": return .version
        default: break
        }
        let spec = try resolve()
        return .run(spec, try check(spec))
    }

    /// The table's command named by the leading positional words.
    private func resolve() throws(UsageError) -> CommandSpec {
        var candidates = table.filter { $0.path.isEmpty == positionals.isEmpty }
        guard let first = positionals.first else { return candidates[0] }
        var level = 0
        candidates = candidates.filter { Self.matches($0.path[0], first) }
        guard !candidates.isEmpty else { throw .unknownCommand(first) }
        while true {
            if let complete = candidates.first(where: { $0.path.count == level + 1 }) { return complete }
            level += 1
            guard level < positionals.count else {
                var next: [String] = []
                for word in candidates.flatMap({ $0.path[level].split(separator: "|").map(String.init) }) where !next.contains(word) {
                    next.append(word)
                }
                throw .missingArgument(next.joined(separator: "|"))
            }
            let word = positionals[level]
            candidates = candidates.filter { Self.matches($0.path[level], word) }
            guard !candidates.isEmpty else { throw .unknownCommand(positionals[...level].joined(separator: " ")) }
        }
    }

    private static func matches(_ pattern: String, _ word: String) -> Bool {
        pattern.split(separator: "|").contains { $0 == word }
    }

    /// The command's arguments checked against its declaration: options it takes, positional
    /// words, required options, each value's kind, options that exclude each other, `--print`.
    private func check(_ spec: CommandSpec) throws(UsageError) -> ParsedCommand {
        let global = Set(CommandTable.global.map(\.longName))
        for name in given where spec.option(named: name) == nil && !global.contains(name) {
            throw .unknownOption(name)
        }
        let rest = Array(positionals.dropFirst(spec.path.count))
        switch spec.positionals {
        case .none:
            if let extra = rest.first { throw .unexpectedArgument(extra) }
        case .one(let name):
            if rest.count > 1 { throw .unexpectedArgument(rest[1]) }
            if rest.isEmpty { throw .missingArgument(name.en) }
        case .many(let names):
            if rest.isEmpty { throw .missingArgument(names.en) }
        }
        var values: [String: ArgumentValue] = [:]
        var defaultFormat: OutputFormat?
        for option in spec.options {
            if case .format(let allowed) = option.kind { defaultFormat = allowed.first }
            guard let text = options[option.longName] else {
                if option.required { throw .missingArgument(option.longName) }
                continue
            }
            values[option.longName] = option.value == nil ? .text("") : try Self.check(text, of: option)
        }
        for option in spec.options where values[option.longName] != nil {
            if let other = option.excludes.first(where: { values[$0] != nil }) { throw .conflicting(option.longName, other) }
        }
        if values["--print"] != nil {
            if case .format(let format)? = values["--format"], format != .text {
                throw .conflicting("--print", "--format \(format.rawValue)")
            }
            if values["--output"] != nil { throw .conflicting("--print", "--output") }
        }
        return ParsedCommand(words: Array(positionals.prefix(spec.path.count)), positionals: rest, values: values,
                             repeated: repeated, defaultFormat: defaultFormat)
    }

    /// `text` as a value of `option`'s kind, or the usage error naming what is allowed.
    private static func check(_ text: String, of option: OptionSpec) throws(UsageError) -> ArgumentValue {
        func invalid(_ allowed: String) -> UsageError {
            .invalidValue(option: option.longName, value: text, allowed: allowed)
        }
        switch option.kind {
        case .text:
            return .text(text)
        case .term:
            guard let number = Int(text), (1...6).contains(number) else { throw invalid("1–6") }
            return .number(number)
        case .grade:
            guard let number = Int(text), (1...11).contains(number) else { throw invalid("1–11") }
            return .number(number)
        case .date:
            guard let date = LocalDate(parsing: text) else { throw invalid("YYYY-MM-DD, DD.MM.YYYY") }
            return .date(date)
        case .percent:
            guard let hundredths = text == "0" ? 0 : Weight(parsing: text)?.hundredths, hundredths <= 10_000 else {
                throw invalid("0–100")
            }
            return .number(hundredths)
        case .seed:
            guard let seed = UInt64(text) else { throw invalid("0–18446744073709551615") }
            return .seed(seed)
        case .pointsScale:
            guard PointsScale(parsing: text) != nil else { throw invalid("6,10,14 (3, 4, 5)") }
            return .text(text)
        case .choice(let allowed):
            guard allowed.contains(text) else { throw invalid(allowed.joined(separator: ", ")) }
            return .text(text)
        case .format(let allowed):
            guard let format = OutputFormat(rawValue: text.lowercased()), allowed.contains(format) else {
                throw invalid(allowed.map(\.rawValue).joined(separator: ", "))
            }
            return .format(format)
        }
    }

    /// Every command as typed, and the words that start one: what «did you mean» chooses from.
    static var commandNames: [String] {
        var names = ["help", "version"]
        for spec in CommandTable.all {
            for spelling in spec.spellings {
                let words = spelling.split(separator: " ")
                for count in 1...max(1, words.count) where !words.isEmpty {
                    let name = words.prefix(count).joined(separator: " ")
                    if !names.contains(name) { names.append(name) }
                }
            }
        }
        return names
    }
}
