import ZhurnalCore

/// A student in a class; the class list is in `classListOrder`, `position` is the order of entry.
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

    /// The Russian class-list order (`NameFold.precedes`), namesakes by id.
    public static func classListOrder(_ a: Student, _ b: Student) -> Bool {
        let left = (last: a.lastName, first: a.firstName, middle: a.middleName)
        let right = (last: b.lastName, first: b.firstName, middle: b.middleName)
        if NameFold.precedes(left, right) { return true }
        if NameFold.precedes(right, left) { return false }
        return a.id < b.id
    }
}
