/// The texts of the attendance screen reached from the first screen, Russian and English side by side.
public enum AttendanceScreenText: Hashable, Sendable {
    case keyAttendance, barAttendance, keyNextTerm, title(String)

    var pair: (String, String) {
        switch self {
        case .keyAttendance: return ("Посещаемость выбранного класса: пропуски по всем предметам",
                                     "Attendance of the chosen class: lessons missed in every subject")
        case .barAttendance: return ("Посещ.", "Attend")
        case .keyNextTerm: return ("Следующий период", "Next term")
        case .title(let name): return ("Посещаемость: \(name)", "Attendance: \(name)")
        }
    }
}
