import Foundation
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

let environment = ProcessInfo.processInfo.environment
var parser = ArgumentParser(Array(CommandLine.arguments.dropFirst()))
let arguments = CommandLine.arguments
let requested = arguments.indices.lazy.compactMap { index -> Language? in
    if arguments[index].hasPrefix("--lang=") { return Language(rawValue: String(arguments[index].dropFirst(7))) }
    guard arguments[index] == "--lang", arguments.indices.contains(index + 1) else { return nil }
    return Language(rawValue: arguments[index + 1])
}.first
let language = Language.resolve(requested: requested, environment: environment)

do {
    let invocation = try parser.parse()
    let runner = CommandRunner(invocation: invocation, environment: environment, language: language)
    exit(runner.run())
} catch let error as UsageError {
    Console.error(error.message.text(language))
    exit(2)
}
