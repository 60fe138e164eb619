/// A student's names and place in the class list as kept in `student_add` history rows:
/// tab-separated `last first middle position`.
struct RosterLine: Equatable {
    var lastName: String
    var firstName: String
    var middleName: String
    var position: Int

    var encoded: String { [lastName, firstName, middleName, String(position)].joined(separator: "\t") }

    init(lastName: String, firstName: String, middleName: String, position: Int) {
        self.lastName = lastName
        self.firstName = firstName
        self.middleName = middleName
        self.position = position
    }

    init(_ student: Student) {
        self.init(lastName: student.lastName, firstName: student.firstName, middleName: student.middleName,
                  position: student.position)
    }

    init?(encoded: String) {
        let parts = encoded.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, let position = Int(parts[3]) else { return nil }
        self.init(lastName: parts[0], firstName: parts[1], middleName: parts[2], position: position)
    }
}
