/// A student in a class; `position` orders the class list.
public struct Student: Hashable, Sendable {
    public let id: Int
    public let classID: Int
    public let lastName: String
    public let firstName: String
    /// Отчество; empty when there is none.
    public let middleName: String
    public let position: Int

    /// "Фамилия Имя Отчество" (without a trailing space when there is no отчество).
    public var fullName: String {
        middleName.isEmpty ? "\(lastName) \(firstName)" : "\(lastName) \(firstName) \(middleName)"
    }
}
