/// A school subject, e.g. "Математика".
public struct Subject: Hashable, Sendable {
    public let id: Int
    public let name: String
}
