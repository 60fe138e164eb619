/// A staff member's role in the school (docs/deployment.md, "Rights").
public enum StaffRole: Hashable, Sendable {
    /// Учитель: changes the journals of the class-subject pairs assigned to him.
    case teacher
    /// Классный руководитель of a class (its name): reads every subject of it, manages its roster.
    case classTeacher(String)
    /// Завуч: reads everything, locks terms, edits school settings, curriculum and timetable.
    case deputy
    /// Администратор: everything, including staff.
    case admin

    /// Parses one role of the staff file: `teacher`, `class_teacher:7А`, `deputy`, `admin` or
    /// their Russian names (учитель, классный_руководитель:7А, завуч, администратор); nil when
    /// unknown.
    public init?(code: String) {
        let parts = code.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let name = parts.first.map { $0.lowercased().replacingOccurrences(of: " ", with: "_") } ?? ""
        switch (name, parts.count) {
        case ("teacher", 1), ("учитель", 1): self = .teacher
        case ("deputy", 1), ("завуч", 1): self = .deputy
        case ("admin", 1), ("администратор", 1): self = .admin
        case ("class_teacher", 2), ("классный_руководитель", 2), ("кл_рук", 2):
            guard !parts[1].isEmpty else { return nil }
            self = .classTeacher(parts[1])
        default: return nil
        }
    }

    /// The role as the staff file writes it (English code).
    public var code: String {
        switch self {
        case .teacher: return "teacher"
        case .classTeacher(let name): return "class_teacher:\(name)"
        case .deputy: return "deputy"
        case .admin: return "admin"
        }
    }

    /// Parses a `|`-separated role list; nil when any role is unknown.
    public static func list(_ text: String) -> [StaffRole]? {
        var roles: [StaffRole] = []
        for code in text.split(whereSeparator: { $0 == "|" || $0 == "," }) {
            let code = code.trimmingCharacters(in: .whitespaces)
            if code.isEmpty { continue }
            guard let role = StaffRole(code: code) else { return nil }
            if !roles.contains(role) { roles.append(role) }
        }
        return roles
    }

    /// The roles as one `|`-separated field.
    public static func code(of roles: [StaffRole]) -> String {
        roles.map(\.code).joined(separator: "|")
    }
}
