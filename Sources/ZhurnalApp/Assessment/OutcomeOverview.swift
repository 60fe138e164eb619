import ZhurnalCore
import ZhurnalStore

/// A class's outcomes and levels with one student's profile: what the outcome screen and the
/// text card show.
public struct OutcomeOverview: Sendable {
    /// Per outcome, how many students of the class reached базовый / повышенный.
    public var classCounts: [OutcomeClassCount]
    /// The student's outcome profile.
    public var profile: [OutcomeResult]
    /// The student's marks in columns of each level.
    public var studentLevels: [AchievementLevel: [WeightedMark]]
    /// The whole class's marks in columns of each level.
    public var classLevels: [AchievementLevel: [WeightedMark]]
    /// The student's formative notes, oldest first.
    public var notes: [DatedNote]

    /// Reads the overview of a student in a class.
    public static func build(journal: Journal, classID: Int, studentID: Int, kinds: [WorkKind]) throws -> OutcomeOverview {
        let outcomes = try journal.outcomes()
        var profiles: [[OutcomeResult]] = []
        var profile: [OutcomeResult] = []
        var studentLevels: [AchievementLevel: [WeightedMark]] = [:]
        var classLevels: [AchievementLevel: [WeightedMark]] = [:]
        for student in try journal.students(classID: classID) {
            let result = OutcomeProfile.compute(outcomes, evidence: try journal.outcomeEvidence(studentID: student.id, kinds: kinds))
            profiles.append(result)
            let levels = try journal.marksByLevel(studentID: student.id, kinds: kinds)
            classLevels.merge(levels) { $0 + $1 }
            if student.id == studentID {
                profile = result
                studentLevels = levels
            }
        }
        return OutcomeOverview(classCounts: OutcomeClassCount.count(profiles, outcomes: outcomes), profile: profile,
                               studentLevels: studentLevels, classLevels: classLevels,
                               notes: try journal.notes(studentID: studentID))
    }
}
