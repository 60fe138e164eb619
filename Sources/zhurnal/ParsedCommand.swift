import ZhurnalApp
import ZhurnalCore

/// A value the parser checked against its option's ``ValueKind``.
enum ArgumentValue: Sendable, Equatable {
    case text(String)
    case number(Int)
    case date(LocalDate)
    case seed(UInt64)
    case format(OutputFormat)
}

/// A command as typed, checked against its ``CommandSpec``: the words that named it, its
/// positional words and its options' typed values.
struct ParsedCommand: Sendable, Equatable {
    /// The words as typed (`unlock`, not `lock|unlock`).
    let words: [String]
    let positionals: [String]
    /// Each option's value by its long name; a flag maps to an empty text.
    let values: [String: ArgumentValue]
    /// Every value of a repeated option, in order.
    let repeated: [String: [String]]
    /// The default format of the command's `--format`.
    let defaultFormat: OutputFormat?

    /// The text value of `option`, nil when not given.
    func text(_ option: String) -> String? {
        if case .text(let value)? = values[option] { return value }
        return nil
    }

    /// The text of an option the table declares required.
    func required(_ option: String) -> String {
        guard let value = text(option) else { preconditionFailure("\(option) is required by the command table") }
        return value
    }

    func flag(_ option: String) -> Bool { values[option] != nil }

    func number(_ option: String) -> Int? {
        if case .number(let value)? = values[option] { return value }
        return nil
    }

    /// The date of an option the table declares required.
    func date(_ option: String) -> LocalDate {
        guard case .date(let value)? = values[option] else { preconditionFailure("\(option) is required by the command table") }
        return value
    }

    var seed: UInt64? {
        if case .seed(let value)? = values["--seed"] { return value }
        return nil
    }

    /// `--format`, else the command's default.
    var format: OutputFormat {
        if case .format(let value)? = values["--format"] { return value }
        return defaultFormat ?? .text
    }

    /// `--term N`, nil when not given.
    var term: Int? { number("--term") }

    /// `--term N`, `--year`, or neither (the current term).
    var period: ReportPeriod {
        if flag("--year") { return .year }
        return term.map(ReportPeriod.term) ?? .current
    }

    var output: String? { text("--output") }

    /// Where a report goes: `--output` (with `--excel` if the command takes it), else stdout.
    var destination: OutputDestination {
        OutputDestination(path: output, excel: flag("--excel"))
    }
}
