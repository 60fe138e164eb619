import ZhurnalApp
import ZhurnalCore

extension UsageError {
    /// The message the user sees.
    var message: CommandMessage {
        switch self {
        case .unknownCommand(let name):
            guard let suggestion = Suggestion.nearest(to: name, among: ArgumentParser.commandNames) else { return .unknownCommand(name) }
            return .didYouMean(.unknownCommand(name), suggestion: suggestion)
        case .unknownOption(let name): return .unknownOption(name)
        case .missingValue(let option): return .missingValue(option: option)
        case .missingArgument(let name): return .missingArgument(name)
        case .unexpectedArgument(let word): return .unexpectedArgument(word)
        case .invalidValue(let option, let value, let allowed): return .invalidValue(option: option, value: value, allowed: allowed)
        case .conflicting(let a, let b): return .conflicting(a, b)
        }
    }
}
