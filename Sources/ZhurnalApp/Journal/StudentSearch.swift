import ZhurnalCore

/// Finding a student in a grid by what the teacher types after `/`: the beginning of the surname,
/// the first name or the patronymic, or of «Фамилия Имя», in any case and with ё as е.
public enum StudentSearch {
    /// The row of the first student from `start` on (wrapping round) whose name matches `text`;
    /// nil when none does. Empty text matches the row at `start`.
    public static func row(of text: String, in students: [GridData.Student], from start: Int = 0) -> Int? {
        let wanted = NameFold.key(text.trimmingCharacters(in: .whitespaces))
        guard !students.isEmpty else { return nil }
        guard !wanted.isEmpty else { return min(max(0, start), students.count - 1) }
        let order = students.indices.map { (start + $0) % students.count }
        return order.first { matches(students[$0], wanted) }
    }

    private static func matches(_ student: GridData.Student, _ wanted: String) -> Bool {
        let names = [student.lastName, student.firstName, student.middleName, student.fullName].map(NameFold.key)
        return names.contains { $0.hasPrefix(wanted) }
    }
}
