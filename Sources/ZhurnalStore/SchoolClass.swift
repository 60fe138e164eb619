/// A class of the school, e.g. "7А".
public struct SchoolClass: Hashable, Sendable {
    public let id: Int
    public let name: String
}
