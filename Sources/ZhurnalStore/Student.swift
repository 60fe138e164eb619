import ZhurnalCore

/// A student in a class; the class list is in `inClassListOrder`, `position` is the order of entry.
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

    /// `students` in the Russian class-list order (`NameFold.precedes`), namesakes by id; each
    /// name is folded once.
    public static func inClassListOrder(_ students: [Student]) -> [Student] {
        students.map { (key: NameFold.personKey((last: $0.lastName, first: $0.firstName, middle: $0.middleName)), student: $0) }
            .sorted { a, b in
                if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
                return a.student.id < b.student.id
            }
            .map(\.student)
    }
}
