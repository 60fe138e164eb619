import Foundation
import Terminal
import TerminalUI
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore
import ZhurnalTools

/// Runs a parsed command: resolves the journal path, calls the command, prints its output and
/// messages, and returns the exit code.
struct CommandRunner {
    let invocation: Invocation
    let environment: [String: String]
    let language: Language

    /// Today's date on this computer.
    var today: LocalDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 2026, month: parts.month ?? 9, day: parts.day ?? 1) ?? LocalDate(dayNumber: 0)
    }

    func run() -> Int32 {
        do {
            let output = try perform()
            Console.out(output.stdout)
            for note in output.notes {
                Console.out(note.text(language) + "\n")
            }
            return 0
        } catch {
            for message in error.messages {
                Console.error(message.text(language))
            }
            return error.exitCode
        }
    }

    private func perform() throws(CommandFailure) -> CommandOutput {
        switch invocation.command {
        case .help:
            return CommandOutput(stdout: HelpText.render(language: language))
        case .version:
            return CommandOutput(stdout: "zhurnal \(ZhurnalVersion.current)\n")
        case .run(let spec, let command):
            return try spec.run(command, CommandContext(invocation: invocation, environment: environment,
                                                        language: language, today: today))
        }
    }
}
