/// How a student attended one lesson, read from his entries in the lesson's columns.
public enum LessonPresence: Hashable, Sendable {
    case present, late, ill, excused, unexcused

    /// The presence the entries of one lesson show. A lesson may have several columns (class
    /// work and a test on the same lesson): an absence in any of them makes the lesson missed,
    /// and when they disagree the documented reason wins: `б` over `у` over `н`. `оп` counts as
    /// late only when the lesson is not missed. Marks and other entries mean present.
    public init(entries: [Entry]) {
        let absences = Set(entries.compactMap { entry -> Absence? in
            if case .absence(let absence) = entry { return absence }
            return nil
        })
        if absences.contains(.ill) {
            self = .ill
        } else if absences.contains(.excused) {
            self = .excused
        } else if absences.contains(.absent) {
            self = .unexcused
        } else if absences.contains(.late) {
            self = .late
        } else {
            self = .present
        }
    }
}
