/// The keys the shell answers itself when the top screen does not bind them.
enum ShellCommand: Sendable {
    case help
    case back
    case quit

    /// The shell's key table; help and the function-key bar show it after the screen's own.
    static let bindings: [KeyBinding<ShellCommand>] = [
        KeyBinding(.function(1), .char("?"), help: .keyShowHelp, bar: .functionHelp, command: .help),
        KeyBinding(.escape, help: .keyBack, command: .back),
        KeyBinding(.function(10), .char("q"), .ctrl("c"), help: .keyQuit, bar: .functionQuit, command: .quit),
    ]
}
