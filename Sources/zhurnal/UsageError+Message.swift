import ZhurnalApp

extension UsageError {
    /// The message the user sees.
    var message: CommandMessage {
        switch self {
        case .unknownCommand(let name): return .unknownCommand(name)
        case .unknownOption(let name): return .unknownOption(name)
        case .missingValue(let option): return .missingValue(option: option)
        case .missingArgument(let name): return .missingArgument(name)
        case .unexpectedArgument(let word): return .unexpectedArgument(word)
        case .invalidValue(let option, let value, let allowed): return .invalidValue(option: option, value: value, allowed: allowed)
        case .conflicting(let a, let b): return .conflicting(a, b)
        }
    }
}
