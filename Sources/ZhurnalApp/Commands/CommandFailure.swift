/// A command that could not do its work: the messages to print (one line each) and the exit code
/// of README.md, "Command line" (1 user error, 2 usage, 3 database refused).
public struct CommandFailure: Error, Sendable {
    public var exitCode: Int32
    public var messages: [CommandMessage]

    public init(exitCode: Int32, _ messages: [CommandMessage]) {
        self.exitCode = exitCode
        self.messages = messages
    }

    /// A user error (exit 1) with one message.
    public static func user(_ message: CommandMessage) -> CommandFailure {
        CommandFailure(exitCode: 1, [message])
    }
}

/// What a successful command prints: its output (report, export) and a confirmation for stderr.
public struct CommandOutput: Sendable {
    public var stdout: String
    public var notes: [CommandMessage]

    public init(stdout: String = "", notes: [CommandMessage] = []) {
        self.stdout = stdout
        self.notes = notes
    }
}
