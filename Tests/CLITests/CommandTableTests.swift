import Foundation
import TerminalUI
import Testing
@testable import zhurnal

/// The command table is the one declaration of the command line: `--help`, README's synopsis and
/// the parser all follow it.
@Suite struct CommandTableTests {
    /// The command words of a usage line (`zhurnal report summary --class C …` → `report summary`).
    private static func commandWords(_ line: String) -> String {
        (line.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ").first ?? "")
            .split(separator: " ").dropFirst()
            .prefix { $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0 == "-" || $0 == "|") } && !$0.hasPrefix("-") }
            .joined(separator: " ")
    }

    @Test(arguments: ["ru", "en"])
    func helpListsExactlyTheTablesCommands(_ language: String) throws {
        let help = try ZhurnalProcess.run(["--help", "--lang", language])
        #expect(help.status == 0)
        let listed = help.stdout.split(separator: "\n").filter { $0.hasPrefix("  zhurnal ") }.map { Self.commandWords(String($0)) }
        let declared = CommandTable.all.map { $0.path.joined(separator: " ") } + [""]
        #expect(listed == declared)
        for spec in CommandTable.all {
            #expect(!spec.summary.ru.isEmpty && !spec.summary.en.isEmpty && spec.summary.ru != spec.summary.en,
                    "\(spec.path) has a summary in each language")
        }
    }

    @Test(arguments: [(Language.ru, "### Командная строка"), (.en, "### Command line")])
    func readmeQuotesTheGeneratedUsage(_ language: Language, _ heading: String) throws {
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: heading + "\n").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```\n").dropFirst().first)
        #expect(block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast()
                == HelpText.usageLines(language: language)[...],
                "README's usage block differs from `zhurnal --help --lang \(language.rawValue)`; paste its Usage section")
    }

    @Test func everyCommandOfTheTableParsesToItself() throws {
        for spec in CommandTable.all {
            for spelling in spec.spellings {
                var arguments = spelling.split(separator: " ").map(String.init)
                switch spec.positionals {
                case .none: break
                case .one, .many: arguments.append("file.csv")
                }
                for option in spec.options where option.required {
                    arguments += [option.longName, option.kind == .date ? "2026-09-01" : option.kind == .term ? "1" : "x"]
                }
                var parser = ArgumentParser(arguments)
                let invocation = try parser.parse()
                guard case .run(let declared, let command) = invocation.command else {
                    Issue.record("\(arguments) did not parse to a command")
                    continue
                }
                #expect(declared.path == spec.path)
                #expect(command.words.joined(separator: " ") == spelling)
            }
        }
    }

    @Test func anOptionIsTakenOnlyByTheCommandsThatDeclareIt() throws {
        var parser = ArgumentParser(["check", "--class", "7А"])
        #expect(throws: UsageError.unknownOption("--class")) { try parser.parse() }
        parser = ArgumentParser(["report", "summary", "--class", "7А", "--procedure", "ВПР"])
        #expect(throws: UsageError.unknownOption("--procedure")) { try parser.parse() }
        parser = ArgumentParser(["report", "summary", "--class", "7А", "--term", "1", "--year"])
        #expect(throws: UsageError.conflicting("--term", "--year")) { try parser.parse() }
        parser = ArgumentParser(["report", "risk", "--class", "7А", "--grade", "7"])
        #expect(throws: UsageError.conflicting("--class", "--grade")) { try parser.parse() }
        parser = ArgumentParser(["import"])
        #expect(throws: UsageError.missingArgument(
            "roster|marks|final-marks|external|rubric|rubric-scores|curriculum|calendar|timetable|plan|staff|movements")) {
            try parser.parse()
        }
        parser = ArgumentParser(["report", "district"])
        #expect(throws: UsageError.missingArgument("DB1 DB2 …")) { try parser.parse() }
        parser = ArgumentParser(["year", "close", "--repeat", "Иванов Иван", "--repeat", "Петров Пётр"])
        guard case .run(_, let command) = try parser.parse().command else { Issue.record("year close"); return }
        #expect(command.repeated["--repeat"] == ["Иванов Иван", "Петров Пётр"])
    }
}
