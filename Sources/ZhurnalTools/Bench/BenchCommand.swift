import Foundation
import TerminalUI
import ZhurnalApp
import ZhurnalStore

/// `zhurnal bench`: builds the synthetic school(s) in a temporary directory and prints what the
/// benchmark measured. Never touches the user's journal: without `--db` everything lives in the
/// temporary directory, removed at the end; `--db PATH` must name a new (or empty) file, where the
/// first school is built and kept; the rest still goes to the temporary directory.
public enum BenchCommand {
    /// The seed when none is given.
    public static let defaultSeed: UInt64 = 2026

    /// Runs the benchmark; `json` prints JSON instead of the table.
    public static func run(scale: BenchScale, seed: UInt64, databasePath: String?, json: Bool, language: Language,
                           environment: [String: String], showProgress: Bool,
                           startTerminal: @escaping BenchTerminalStarter) throws(CommandFailure) -> CommandOutput {
        let files = FileManager.default
        if let databasePath, files.fileExists(atPath: databasePath) {
            let size = (try? files.attributesOfItem(atPath: databasePath)[.size] as? Int) ?? nil
            guard size == 0 else { throw CommandFailure.user(.benchFileExists(databasePath)) }
            try? files.removeItem(atPath: databasePath)
        }
        let directory = files.temporaryDirectory.appendingPathComponent("zhurnal-bench-\(UUID().uuidString)").path
        do {
            try files.createDirectory(atPath: directory, withIntermediateDirectories: false,
                                      attributes: [.posixPermissions: 0o700])
        } catch {
            throw CommandFailure.user(.cannotWriteFile(directory))
        }
        defer { try? files.removeItem(atPath: directory) }
        let schoolPath = databasePath ?? "\(directory)/school-1.sqlite"
        let runner = BenchRunner(scale: scale, seed: seed, schoolPath: schoolPath, workDirectory: directory,
                                 environment: environment, language: language, showProgress: showProgress,
                                 startTerminal: startTerminal)
        do {
            let result = try runner.run()
            return CommandOutput(stdout: json ? BenchTable.json(result) : BenchTable.text(result, language: language))
        } catch let failure as CommandFailure {
            throw failure
        } catch BenchFailure.toolFailed(let message) {
            throw CommandFailure.user(.benchFailed("sqlite3: \(message)"))
        } catch {
            throw CommandFailure.user(.benchFailed("\(error)"))
        }
    }
}
