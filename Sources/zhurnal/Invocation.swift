/// Which period a report covers.
enum ReportPeriod: Equatable, Sendable {
    /// The term containing today, or the last term with data.
    case current
    case term(Int)
    case year
}

/// The whole command line: global options and the command.
struct Invocation: Sendable {
    /// What the command line asks for.
    enum Command: Sendable {
        case help
        case version
        /// A command of the table with its checked arguments.
        case run(CommandSpec, ParsedCommand)
    }

    var databasePath: String?
    var language: String?
    var command: Command
}

/// A command line that does not follow the contract.
enum UsageError: Error, Equatable, Sendable {
    case unknownCommand(String)
    case unknownOption(String)
    case missingValue(option: String)
    case missingArgument(String)
    case unexpectedArgument(String)
    case invalidValue(option: String, value: String, allowed: String)
    case conflicting(String, String)
}
