import ZhurnalCore
import ZhurnalStore

/// The demo school's staff: the person who built the demo as администратор, a завуч, a teacher
/// per subject (assigned in the curriculum) and a class teacher per class. README shows how to
/// try the journal as each of them (`SUDO_USER`).
enum DemoStaff {
    /// A demo teacher: login, names, the subjects he teaches and the class he leads.
    private struct Teacher {
        let login: String, lastName: String, firstName: String, middleName: String
        let subjects: [String]
        let leads: String?
    }

    private static let teachers = [
        Teacher(login: "ivanova", lastName: "Иванова", firstName: "Ирина", middleName: "Ивановна",
                subjects: ["Русский язык", "Литература"], leads: "7Б"),
        Teacher(login: "smirnov", lastName: "Смирнов", firstName: "Алексей", middleName: "Викторович",
                subjects: ["Математика", "Алгебра", "Геометрия"], leads: "9А"),
        Teacher(login: "kuznetsova", lastName: "Кузнецова", firstName: "Елена", middleName: "Павловна",
                subjects: ["История", "Английский язык"], leads: "5А"),
        Teacher(login: "volkov", lastName: "Волков", firstName: "Сергей", middleName: "Николаевич",
                subjects: ["Биология", "Физика", "Физическая культура"], leads: nil),
    ]

    /// The deputy head's login.
    static let deputy = "zavuch"

    /// Writes the staff list and the teachers into the curriculum; `owner` (the acting login)
    /// becomes the administrator.
    static func write(into journal: Journal, owner: String) throws {
        try journal.setStaffMember(StaffMember(login: owner, lastName: "Орлова", firstName: "Ольга", middleName: "Петровна",
                                               roles: [.admin]))
        try journal.setStaffMember(StaffMember(login: deputy, lastName: "Завьялова", firstName: "Зоя",
                                               middleName: "Сергеевна", roles: [.deputy]))
        for teacher in teachers where teacher.login != owner {
            try journal.setStaffMember(StaffMember(login: teacher.login, lastName: teacher.lastName, firstName: teacher.firstName,
                                                   middleName: teacher.middleName,
                                                   roles: [.teacher] + (teacher.leads.map { [.classTeacher($0)] } ?? [])))
        }
        for entry in try journal.curriculum() {
            guard let teacher = teachers.first(where: { $0.subjects.contains(entry.subject) }) else { continue }
            try journal.setCurriculum(classID: entry.classID, subjectID: entry.subjectID, teacher: teacher.login, hours: entry.hours)
        }
    }
}
