import Foundation
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// `zhurnal demo`: builds the demo school once (or anew with `--force`) at its own path.
public enum DemoCommand {
    /// Where the demo lives when no `--db` is given: `demo.sqlite` beside the default journal.
    public static func defaultPath(environment: [String: String]) -> String? {
        JournalLocation.resolve(explicit: nil, environment: environment.filter { $0.key != "ZHURNAL_DB" })
            .map { ($0 as NSString).deletingLastPathComponent + "/demo.sqlite" }
    }

    /// Makes sure the demo school exists at `path`; returns what to tell the user.
    public static func prepare(path: String, force: Bool) throws(CommandFailure) -> CommandMessage {
        let exists = FileManager.default.fileExists(atPath: path)
        if exists && !force {
            _ = try JournalOpener.open(path)
            return .demoExists(path: path)
        }
        if exists {
            _ = try JournalOpener.open(path, readOnly: true)
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: path + suffix)
            }
        }
        // Written as of the demo's own today, so that its lessons have all taken place.
        let journal = try JournalOpener.open(path, today: DemoGenerator.today)
        var generator = DemoGenerator()
        do {
            try DemoWriter.write(generator.generate(), into: journal)
        } catch {
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: path + suffix)
            }
            throw JournalOpener.failure(error, path: path)
        }
        return .demoCreated(path: path)
    }
}
