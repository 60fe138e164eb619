import Foundation
import TerminalUI
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// A text of the command line told whole in each language (a placeholder, a description).
struct Told: Sendable, Equatable {
    let ru: String
    let en: String

    init(_ ru: String, _ en: String) {
        self.ru = ru
        self.en = en
    }

    /// The same word in both languages (`N`, `ru|en`).
    init(_ both: String) {
        self.init(both, both)
    }

    func text(_ language: Language) -> String {
        language == .ru ? ru : en
    }
}

/// What an option's value must be; checked while parsing, so that a command runs on typed values.
enum ValueKind: Sendable, Equatable {
    /// Any non-empty text (a class, a name, a path).
    case text
    /// A term number, 1–6.
    case term
    /// A grade, 1–11.
    case grade
    /// A date as `YYYY-MM-DD` or `DD.MM.YYYY`.
    case date
    /// A percentage 0–100 with up to two decimals, kept in hundredths.
    case percent
    /// A random seed, 0–2⁶⁴−1.
    case seed
    /// The least points for 3, 4 and 5 (`6,10,14`).
    case pointsScale
    /// One of the listed words.
    case choice([String])
    /// One of the listed output formats; the first is the default.
    case format([OutputFormat])
}

/// One option of a command.
struct OptionSpec: Sendable {
    let name: String
    /// nil for a flag (`--force`), else the value's placeholder in the synopsis.
    let value: Told?
    let kind: ValueKind
    let required: Bool
    /// Given once per value (`--repeat A --repeat B`), shown with `…`.
    let repeats: Bool
    /// Options that may not be given with this one (shown as `[--term N|--year]`).
    let excludes: [String]

    /// An option taking a value.
    static func value(_ name: String, _ placeholder: Told, _ kind: ValueKind = .text, required: Bool = false,
                      repeats: Bool = false, excludes: [String] = []) -> OptionSpec {
        OptionSpec(name: name, value: placeholder, kind: kind, required: required, repeats: repeats, excludes: excludes)
    }

    /// A flag.
    static func flag(_ name: String, excludes: [String] = []) -> OptionSpec {
        OptionSpec(name: name, value: nil, kind: .text, required: false, repeats: false, excludes: excludes)
    }

    /// `--format` with its allowed values, the first being the default.
    static func format(_ allowed: OutputFormat...) -> OptionSpec {
        .value("--format", Told(allowed.map(\.rawValue).joined(separator: "|")), .format(allowed))
    }

    /// `--term N` with `--year` as its alternative when `year` is true.
    static func term(year: Bool = false, required: Bool = false) -> OptionSpec {
        .value("--term", Told("N"), .term, required: required, excludes: year ? ["--year"] : [])
    }

    static let year = OptionSpec.flag("--year", excludes: ["--term"])
    static let output = OptionSpec.value("-o|--output", Told("ФАЙЛ", "FILE"))
    static let excel = OptionSpec.flag("--excel")
    static let teacher = OptionSpec.value("--teacher", Told("ФИО", "NAME"))
    /// Sends a text report to the printer: refused with another format or an output file.
    static let print = OptionSpec.flag("--print")
    static let className = OptionSpec.value("--class", Told("К", "C"))
    static let requiredClass = OptionSpec.value("--class", Told("К", "C"), required: true)
    static let subject = OptionSpec.value("--subject", Told("П", "S"))
    static let requiredSubject = OptionSpec.value("--subject", Told("П", "S"), required: true)

    /// The option's own name (`--output` for `-o|--output`).
    var longName: String { String(name.split(separator: "|").last!) }
    /// Every name the option answers to.
    var names: [String] { name.split(separator: "|").map(String.init) }
}

/// The positional words a command takes after its name.
enum Positionals: Sendable {
    case none
    /// One word, named by its placeholder.
    case one(Told)
    /// One or more words.
    case many(Told)
}

/// Where a command runs: the resolved language, the environment, today, and the journal path.
struct CommandContext {
    let invocation: Invocation
    let environment: [String: String]
    let language: Language
    let today: LocalDate

    /// The journal file: `--db`, else `ZHURNAL_DB`, else the default location.
    func databasePath() throws(CommandFailure) -> String {
        guard let path = JournalLocation.resolve(explicit: invocation.databasePath, environment: environment) else {
            throw CommandFailure.user(.store(.noDefaultLocation, path: ""))
        }
        return path
    }
}

/// One command of the table: how it is typed, what it takes, what `--help` says of it, and what
/// it runs.
struct CommandSpec: Sendable {
    /// The words that name it; a word may list alternatives (`lock|unlock`).
    let path: [String]
    let positionals: Positionals
    let options: [OptionSpec]
    /// What `--help` says it does.
    let summary: Told
    let run: @Sendable (ParsedCommand, CommandContext) throws(CommandFailure) -> CommandOutput

    init(_ path: [String], positionals: Positionals = .none, options: [OptionSpec] = [], summary: Told,
         run: @escaping @Sendable (ParsedCommand, CommandContext) throws(CommandFailure) -> CommandOutput) {
        self.path = path
        self.positionals = positionals
        self.options = options
        self.summary = summary
        self.run = run
    }

    /// The option answering to `name`, if the command takes it.
    func option(named name: String) -> OptionSpec? {
        options.first { $0.names.contains(name) }
    }

    /// Every way of typing the command's words (`lock`, `unlock`).
    var spellings: [String] {
        path.reduce([""]) { prefixes, word in
            prefixes.flatMap { prefix in word.split(separator: "|").map { prefix.isEmpty ? String($0) : prefix + " " + $0 } }
        }
    }
}
