/// A key table entry as help and the function-key bar show it.
public struct KeyHelp: Hashable, Sendable {
    /// The keys as written in help, e.g. `F2 Enter`.
    public let keys: String
    public let help: Message
    /// The F-key number when the binding has one.
    public let functionKey: Int?
    /// The label for the function-key bar.
    public let barLabel: Message?

    public init(keys: String, help: Message, functionKey: Int? = nil, barLabel: Message? = nil) {
        self.keys = keys
        self.help = help
        self.functionKey = functionKey
        self.barLabel = barLabel
    }
}
