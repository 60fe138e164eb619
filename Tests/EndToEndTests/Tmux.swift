import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Failures of the harness itself (a command that hung, text that never appeared).
struct HarnessError: Error, CustomStringConvertible {
    var description: String
}

/// The result of a short-lived child process.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var timedOut: Bool
}

/// Starts child processes safely from Swift Testing: all descriptors above 2 are closed in the
/// child (a tmux server must not keep Foundation's descriptors open), the signal mask is cleared
/// (the test threads block signals and children would inherit that), output goes through files,
/// and every wait has a deadline.
enum Child {
    /// `/bin/bash` closes every descriptor above 2, then execs the program.
    private static let closingWrapper =
        #"for fd in $(ls /proc/$$/fd); do [ "$fd" -gt 2 ] 2>/dev/null && eval "exec $fd>&-"; done; exec "$@""#

    static func run(_ executable: String, _ arguments: [String], environment: [String: String],
                    timeout: TimeInterval = 5) throws -> ProcessResult {
        try start(executable, arguments, environment: environment).wait(timeout: timeout)
    }

    /// Starts `executable` and returns at once; the caller waits for it (or kills it).
    static func start(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> RunningChild {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zt-\(UUID().uuidString)")
        let outPath = scratch.path + ".out", errPath = scratch.path + ".err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let devNull = FileHandle(forReadingAtPath: "/dev/null")
        defer {
            try? out.close()
            try? err.close()
            try? devNull?.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", closingWrapper, executable, executable] + arguments
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        process.standardInput = devNull
        var empty = sigset_t(), old = sigset_t()
        sigemptyset(&empty)
        pthread_sigmask(SIG_SETMASK, &empty, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        do {
            try process.run()
        } catch {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
            throw error
        }
        return RunningChild(process: process, outPath: outPath, errPath: errPath)
    }

    /// The environment every child starts from: nothing inherited from the test runner.
    static func baseEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8",
                           "TERM": "xterm-256color"]
        environment.merge(extra) { $1 }
        return environment
    }
}

/// A child process started by `Child.start`: the wrapper has exec'd, so its pid is the program's.
struct RunningChild {
    let process: Process
    let outPath: String
    let errPath: String

    var pid: pid_t { process.processIdentifier }
    /// False once the child has ended, even when Foundation has not noticed yet (see `reapIfExited`).
    var isRunning: Bool { process.isRunning && !isZombie }

    /// Waits for the child to end (killing it after `timeout`) and collects its output.
    func wait(timeout: TimeInterval) -> ProcessResult {
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        var reaped: Int32?
        while process.isRunning {
            if let status = reapIfExited() {
                reaped = status
                break
            }
            if !timedOut, Date() > deadline {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
            }
            usleep(5_000)
        }
        if reaped == nil { process.waitUntilExit() }
        let stdout = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(), as: UTF8.self)
        let stderr = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self)
        return ProcessResult(status: timedOut ? -1 : reaped ?? process.terminationStatus, stdout: stdout, stderr: stderr,
                             timedOut: timedOut)
    }

    /// Foundation sometimes misses a child's exit when several threads start children (seen with
    /// four typing threads: the tmux client a zombie, `isRunning` still true). A zombie child is
    /// reaped here: its exit code, or the signal that ended it, as `terminationStatus` gives them.
    private func reapIfExited() -> Int32? {
        let pid = process.processIdentifier
        guard isZombie else { return nil }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : status & 0x7F
    }

    /// True when the child has ended but is not reaped yet (state `Z` in `/proc/pid/stat`).
    private var isZombie: Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }
}

/// The built `zhurnal` binary and one-shot runs of it.
enum Zhurnal {
    static let binary: String = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("zhurnal")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url.path }
        }
        fatalError("the zhurnal binary was not found next to the tests: \(candidates.map(\.path))")
    }()

    /// Runs `zhurnal arguments…` outside any terminal (stdin is /dev/null, output goes to files).
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    timeout: TimeInterval = 10) throws -> ProcessResult {
        try Child.run(binary, arguments, environment: Child.baseEnvironment(environment), timeout: timeout)
    }

    /// `zhurnal export marks --db path` as CSV lines (without the header).
    static func exportedMarks(_ db: String) throws -> [String] {
        let result = try run(["export", "marks", "--db", db])
        guard result.status == 0 else { throw HarnessError(description: "export failed: \(result.stderr)") }
        return result.stdout.split(separator: "\n").dropFirst().map(String.init)
    }

    /// A demo journal, built once per test run and copied for each test.
    static func demoCopy(in folder: TestFolder) throws -> String {
        let path = folder.path("journal.sqlite")
        try FileManager.default.copyItem(atPath: try DemoTemplate.shared.path(), toPath: path)
        return path
    }
}

/// Builds the demo journal once, outside a terminal: `zhurnal demo` writes the file, then refuses
/// to open the journal (not a terminal).
final class DemoTemplate: @unchecked Sendable {
    static let shared = DemoTemplate()
    /// Removed when the test process exits.
    nonisolated(unsafe) static var folderToRemove: String?
    private let lock = NSLock()
    private var built: String?
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zt-demo-\(UUID().uuidString)")

    func path() throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("demo.sqlite").path
        let result = try Zhurnal.run(["demo", "--db", path], timeout: 30)
        guard FileManager.default.fileExists(atPath: path), !result.timedOut else {
            throw HarnessError(description: "zhurnal demo did not create \(path): \(result.stderr)")
        }
        built = path
        DemoTemplate.folderToRemove = folder.path
        atexit { if let folder = DemoTemplate.folderToRemove { try? FileManager.default.removeItem(atPath: folder) } }
        return path
    }
}

/// A fresh temporary folder for one test, removed when the test's scope ends.
final class TestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("zt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A private tmux server (its own socket) whose sessions run the real binary. The server is
/// killed when the object goes away, whether the test passed or not.
final class Tmux {
    let socket = "zt-\(UUID().uuidString.prefix(13))"
    private(set) var sessions: [String] = []

    /// Holds the server's socket (`TMUX_TMPDIR`) and the exit-status files of the sessions' programs.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("zt-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    func tmux(_ arguments: [String], timeout: TimeInterval = 5) throws -> ProcessResult {
        let result = try Child.run("/usr/bin/tmux", ["-u", "-L", socket, "-f", "/dev/null"] + arguments,
                                   environment: Child.baseEnvironment(["TMUX_TMPDIR": folder.path]), timeout: timeout)
        if result.timedOut { throw HarnessError(description: "tmux \(arguments) hung") }
        return result
    }

    /// Starts a session `width`×`height` running `zhurnal arguments…` under `sh`, which writes
    /// zhurnal's exit status to a file when it ends (tmux itself sometimes never reaps a dead
    /// pane's process, so `pane_dead_status` cannot be trusted), then runs `shellText` if given.
    @discardableResult
    func start(_ arguments: [String], width: Int = 100, height: Int = 30,
               environment: [String: String] = ["LANG": "C.UTF-8", "TERM": "xterm-256color"],
               then shellText: String? = nil) throws -> Pane {
        let name = "s\(sessions.count)"
        let statusFile = folder.appendingPathComponent("\(name).status").path
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(quote($0.value))" }
        let program = "env " + (assignments + [quote(Zhurnal.binary)] + arguments.map(quote)).joined(separator: " ")
        var command = "\(program); status=$?; echo $status > \(quote(statusFile)).tmp; mv \(quote(statusFile)).tmp \(quote(statusFile))"
        if let shellText { command += "; ( exit $status ); \(shellText)" }
        var arguments = sessions.isEmpty ? ["start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";"] : []
        arguments += ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command]
        let result = try tmux(arguments)
        guard result.status == 0 else { throw HarnessError(description: "tmux new-session failed: \(result.stderr)") }
        sessions.append(name)
        return Pane(tmux: self, target: name, statusFile: statusFile)
    }

    private func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// One pane (a session's only window) of a `Tmux` server.
struct Pane {
    let tmux: Tmux
    let target: String
    let statusFile: String

    /// Named keys (`Enter`, `F3`, `Down`, …).
    func press(_ keys: String...) throws {
        try tmux.tmux(["send-keys", "-t", target] + keys)
    }

    /// Literal text, Cyrillic included.
    func type(_ text: String) throws {
        try tmux.tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Types a journal entry, then Enter.
    func enter(_ entry: String) throws {
        try type(entry)
        try press("Enter")
    }

    func screen() throws -> String {
        try tmux.tmux(["capture-pane", "-p", "-t", target]).stdout
    }

    /// The screen with its colours and attributes as escape sequences (`capture-pane -e`).
    func styledScreen() throws -> String {
        try tmux.tmux(["capture-pane", "-e", "-p", "-t", target]).stdout
    }

    func resize(width: Int, height: Int) throws {
        try tmux.tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen (with `styled`: `styledScreen()`) every 50 ms until `condition` holds;
    /// records an issue with the last screen and throws after `timeout`.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 5, styled: Bool = false,
                 sourceLocation: SourceLocation = #_sourceLocation,
                 until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while true {
            last = try styled ? styledScreen() : screen()
            if condition(last) { return last }
            if Date() > deadline { break }
            usleep(50_000)
        }
        Issue.record("timed out after \(timeout) s waiting for \(what); the screen:\n\(last)", sourceLocation: sourceLocation)
        throw HarnessError(description: "timed out waiting for \(what)")
    }

    /// Waits until every one of `texts` is on the screen.
    @discardableResult
    func waitFor(_ texts: String..., timeout: TimeInterval = 5,
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor(texts.map { "«\($0)»" }.joined(separator: ", "), timeout: timeout,
                    sourceLocation: sourceLocation) { screen in texts.allSatisfy(screen.contains) }
    }

    /// The zhurnal process: the child of the pane's shell.
    func pid() throws -> pid_t {
        let text = try tmux.tmux(["list-panes", "-t", target, "-F", "#{pane_pid}"]).stdout
        let shell = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        let pids = children.split(separator: " ").compactMap { pid_t($0) }
        guard pids.count == 1, let pid = pids.first else {
            throw HarnessError(description: "the pane's shell \(shell) has children «\(children)», not one zhurnal")
        }
        return pid
    }

    /// zhurnal's exit status once it has ended (128 + n after signal n); nil while it runs.
    func exitStatus() -> Int32? {
        guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits for zhurnal to end and returns its exit status.
    func waitForExit(timeout: TimeInterval = 5, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = exitStatus() { return status }
            usleep(50_000)
        }
        Issue.record("zhurnal did not exit within \(timeout) s; the screen:\n\(try screen())",
                     sourceLocation: sourceLocation)
        throw HarnessError(description: "zhurnal did not exit")
    }
}
