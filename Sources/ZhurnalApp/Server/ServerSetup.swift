import Foundation
import ZhurnalStore

/// `zhurnal server setup [--root DIR] [--group G]`: writes a school server's files (idempotent:
/// a second run changes nothing) under `root` ("/" on the server, a temporary folder in tests).
/// It never creates system accounts: it prints the commands the administrator runs, and hands
/// the directory to the account only when it exists and setup runs as root on the server itself.
public struct ServerSetup {
    /// What happened to one file.
    public enum Outcome: Sendable, Equatable {
        case created, updated, unchanged
    }

    public let layout: ServerLayout
    /// The prefix every path is written under.
    public let root: String
    /// The program copied to `layout.program`.
    public let programSource: String
    /// Runs `visudo -c -f FILE`; nil when visudo is not installed (the check is skipped, and said so).
    public let visudo: String?

    public init(layout: ServerLayout, root: String, programSource: String,
                visudo: String? = ServerSetup.findVisudo()) {
        self.layout = layout
        self.root = root
        self.programSource = programSource
        self.visudo = visudo
    }

    /// `visudo` from the usual places, nil when absent.
    public static func findVisudo() -> String? {
        ["/usr/sbin/visudo", "/usr/bin/visudo", "/sbin/visudo"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private func path(_ serverPath: String) -> String {
        root == "/" ? serverPath : (root.hasSuffix("/") ? String(root.dropLast()) : root) + serverPath
    }

    /// Writes every file; the notes say what was done and what the administrator must still run.
    public func run() throws(CommandFailure) -> CommandOutput {
        var notes: [CommandMessage] = []
        func note(_ file: String, _ outcome: Outcome) { notes.append(.server(.file(path(file), outcome))) }
        do {
            note(layout.directory, try directory(path(layout.directory), mode: 0o700))
            note(layout.journal, try journal(path(layout.journal)))
            note(layout.program, try file(path(layout.program), contents: try Data(contentsOf: URL(fileURLWithPath: programSource)),
                                          mode: 0o755))
            note(layout.wrapper, try file(path(layout.wrapper), contents: Data(layout.wrapperText.utf8), mode: 0o755))
            note(layout.sudoers, try file(path(layout.sudoers), contents: Data(layout.sudoersText.utf8), mode: 0o440))
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure.user(.server(.failed("\(error)")))
        }
        notes.append(try checkSudoers())
        notes += handOver()
        return CommandOutput(notes: notes)
    }

    private func directory(_ target: String, mode: mode_t) throws -> Outcome {
        var isDirectory: ObjCBool = false
        let existed = FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory)
        if !existed { try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true) }
        let changed = try setMode(target, mode)
        return existed ? (changed ? .updated : .unchanged) : .created
    }

    private func journal(_ target: String) throws -> Outcome {
        let existed = FileManager.default.fileExists(atPath: target)
        if !existed { _ = try Journal(path: target, user: layout.account) }
        let changed = try setMode(target, 0o600)
        return existed ? (changed ? .updated : .unchanged) : .created
    }

    private func file(_ target: String, contents: Data, mode: mode_t) throws -> Outcome {
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let old = FileManager.default.contents(atPath: target)
        if old != contents {
            let temporary = target + ".new"
            guard FileManager.default.createFile(atPath: temporary, contents: contents) else {
                throw CommandFailure.user(.server(.failed(temporary)))
            }
            _ = try setMode(temporary, mode)
            guard rename(temporary, target) == 0 else { throw CommandFailure.user(.server(.failed(target))) }
            return old == nil ? .created : .updated
        }
        return try setMode(target, mode) ? .updated : .unchanged
    }

    /// Sets the permission bits; true when they were different.
    private func setMode(_ target: String, _ mode: mode_t) throws -> Bool {
        var info = stat()
        guard stat(target, &info) == 0 else { throw CommandFailure.user(.server(.failed(target))) }
        guard info.st_mode & 0o7777 != mode else { return false }
        guard chmod(target, mode) == 0 else { throw CommandFailure.user(.server(.failed(target))) }
        return true
    }

    /// `visudo -c -f` on the written file; a rejected file is removed and setup fails.
    private func checkSudoers() throws(CommandFailure) -> CommandMessage {
        guard let visudo else { return .server(.visudoMissing) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: visudo)
        process.arguments = ["-c", "-f", path(layout.sudoers)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .server(.visudoMissing)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            try? FileManager.default.removeItem(atPath: path(layout.sudoers))
            throw CommandFailure.user(.server(.sudoersRejected(path(layout.sudoers))))
        }
        return .server(.sudoersChecked)
    }

    /// Gives the directory and the journal to the account when it exists and this is the server
    /// itself run as root; otherwise the commands the administrator runs.
    private func handOver() -> [CommandMessage] {
        guard root == "/", geteuid() == 0, let entry = getpwnam(layout.account), getgrnam(layout.group) != nil else {
            return [.server(.runAsRoot(layout.accountCommands))]
        }
        let uid = entry.pointee.pw_uid, gid = entry.pointee.pw_gid
        for target in [layout.directory, layout.journal] { _ = chown(target, uid, gid) }
        return [.server(.handedOver(layout.account))]
    }
}
