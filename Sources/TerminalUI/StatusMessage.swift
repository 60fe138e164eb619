/// A message on the status line; the next key clears it.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case info
        case error
    }

    public let kind: Kind
    public let text: Message

    public init(_ kind: Kind, _ text: Message) {
        self.kind = kind
        self.text = text
    }
}
