import Foundation
import TerminalUI
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore
import ZhurnalTools

let environment = ProcessInfo.processInfo.environment
if environment[BenchSessionWorker.environmentKey] != nil {
    exit(BenchSessionWorker.run(arguments: Array(CommandLine.arguments.dropFirst())))
}
var parser = ArgumentParser(Array(CommandLine.arguments.dropFirst()))
let requested = ArgumentParser.requestedLanguage(Array(CommandLine.arguments.dropFirst())).flatMap(Language.init(rawValue:))
let language = Language.resolve(requested: requested, environment: environment)

do {
    let invocation = try parser.parse()
    let runner = CommandRunner(invocation: invocation, environment: environment, language: language)
    exit(runner.run())
} catch {
    Console.error(error.message.text(language))
    exit(2)
}
