/// One entry of a screen's key table: which keys, what they do (the command the screen performs)
/// and how help and the function-key bar describe it.
public struct KeyBinding<Command> {
    public let trigger: KeyTrigger
    public let command: Command
    /// The line in the help overlay.
    public let help: Message
    /// The short label on the function-key bar, for a binding of an F-key.
    public let barLabel: Message?

    /// Binds `keys` to `command`.
    public init(_ keys: Key..., help: Message, bar barLabel: Message? = nil, command: Command) {
        self.init(.keys(keys), help: help, bar: barLabel, command: command)
    }

    /// Binds any trigger to `command`.
    public init(_ trigger: KeyTrigger, help: Message, bar barLabel: Message? = nil, command: Command) {
        self.trigger = trigger
        self.command = command
        self.help = help
        self.barLabel = barLabel
    }

    /// The binding without its command, as help and the function-key bar show it.
    public var keyHelp: KeyHelp {
        var functionKey: Int?
        if case .keys(let keys) = trigger {
            functionKey = keys.lazy.compactMap { key -> Int? in
                if case .function(let number) = key { return number }
                return nil
            }.first
        }
        return KeyHelp(keys: trigger.label, help: help, functionKey: functionKey, barLabel: barLabel)
    }
}

extension KeyBinding: Sendable where Command: Sendable {}
