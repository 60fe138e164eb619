import Foundation
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

let environment = ProcessInfo.processInfo.environment
var parser = ArgumentParser(Array(CommandLine.arguments.dropFirst()))
let requested = CommandLine.arguments.firstIndex(of: "--lang").flatMap { index in
    CommandLine.arguments.indices.contains(index + 1) ? Language(rawValue: CommandLine.arguments[index + 1]) : nil
}
let language = Language.resolve(requested: requested, environment: environment)

do {
    let invocation = try parser.parse()
    let runner = CommandRunner(invocation: invocation, environment: environment, language: language)
    exit(runner.run())
} catch let error as UsageError {
    Console.error(error.message.text(language))
    exit(2)
}
