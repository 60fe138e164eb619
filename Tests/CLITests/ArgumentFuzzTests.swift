import Foundation
import HostileSupport
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
@testable import zhurnal

/// Seeded fuzzing of the command line (docs/hostile-input.md): random argument vectors parse to
/// a command or a usage error; the real binary never dies of a signal, and a usage error is
/// exit code 2 with one line on stderr and no file created.
@Suite struct ArgumentFuzzTests {
    private static let words = [
        "import", "export", "report", "backup", "check", "demo", "help", "version", "bench",
        "roster", "marks", "final-marks", "external", "rubric", "rubric-scores",
        "summary", "student", "risk", "objectivity", "district",
        "--db", "--lang", "--class", "--subject", "--term", "--format", "--output", "-o", "--student", "--teacher",
        "--procedure", "--min-progress", "--min-quality", "--min-sou", "--scale", "--force", "--year", "--excel",
        "--print", "--averages", "--help", "-h", "--version", "-V", "--", "-", "=", "--db=", "--lang=", "--format=",
        "--term=0", "--term=7", "--term=-1", "--term=99999999999999999999", "--lang=de", "--format=pdf", "--year=1",
        "ru", "en", "text", "csv", "json", "html", "7А", "Алгебра", "1", "6,10,14", "14,10,6", "100.01",
    ]

    /// A random argument vector: mostly the program's own words, some hostile text.
    static func vector(using generator: inout SeededGenerator) -> [String] {
        (0..<Int.random(in: 0...7, using: &generator)).map { _ in
            Int.random(in: 0..<4, using: &generator) == 0
                ? HostileText.string(using: &generator, maxPieces: 3, hugeOneIn: 400)
                : words.randomElement(using: &generator)!
        }
    }

    @Test func randomVectorsParseToACommandOrAUsageError() {
        let run = FuzzRun(iterations: 5_000, seed: 0x5A68_4A6C_0301)
        var generator = run.generator
        var outcomes = (commands: 0, usageErrors: 0)
        for _ in 0..<run.iterations {
            let arguments = Self.vector(using: &generator)
            var parser = ArgumentParser(arguments)
            do {
                let invocation = try parser.parse()
                outcomes.commands += 1
                if let language = invocation.language { #expect(["ru", "en"].contains(language)) }
                #expect(invocation.databasePath?.isEmpty != true)
            } catch {
                outcomes.usageErrors += 1
                for language in [Language.ru, .en] {
                    let line = ControlCharacters.escaped(error.message.text(language))
                    #expect(!line.isEmpty && !line.contains("\n") && ControlCharacters.first(in: line) == nil)
                }
            }
        }
        #expect(outcomes.commands > 0)
        #expect(outcomes.usageErrors > 0)
    }

    /// Found while writing this fuzzer: `--db=` took the next word (here `check`) as the journal path.
    @Test func anEmptyValueAfterEqualsIsMissingNotTheNextWord() {
        for arguments in [["--db=", "check"], ["report", "summary", "--class=", "7А"], ["--lang=", "en"]] {
            var parser = ArgumentParser(arguments)
            #expect(throws: UsageError.missingValue(option: String(arguments.first { $0.hasSuffix("=") }!.dropLast()))) {
                try parser.parse()
            }
        }
    }

    /// Names of everything under `url`, to show that nothing was created.
    private static func contents(of url: URL) -> [String] {
        (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func theBinaryNeverCrashesAndAUsageErrorIsOneLineWithNoFileCreated() throws {
        let run = FuzzRun(iterations: 150, seed: 0x5A68_4A6C_0302)
        var generator = run.generator
        let folder = try TemporaryFolder()
        let before = Self.contents(of: folder.url)
        var usageErrors = 0
        for _ in 0..<run.iterations {
            // The kernel takes no NUL and no argument over 128 KiB (E2BIG); those never reach us.
            let arguments = Self.vector(using: &generator).filter { !$0.contains("\0") && $0.utf8.count < 100_000 }
            var parser = ArgumentParser(arguments)
            guard (try? parser.parse()) == nil else { continue }
            let result = try ZhurnalProcess.run(arguments, environment: ["XDG_DATA_HOME": folder.path("data"),
                                                                         "HOME": folder.path("home")],
                                                in: folder.url)
            #expect(!result.signalled, "\(arguments) died of signal \(result.status)")
            #expect(result.status == 2, "\(arguments): \(result.status) \(result.stderr)")
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 2 && lines[0].hasPrefix("zhurnal: ") && lines[1].isEmpty, "\(arguments): \(result.stderr.debugDescription)")
            #expect(ControlCharacters.first(in: String(lines[0])) == nil)
            #expect(result.stdout.isEmpty)
            #expect(Self.contents(of: folder.url) == before, "\(arguments) created a file")
            usageErrors += 1
        }
        #expect(usageErrors > run.iterations / 3)
    }
}
