import ZhurnalCore

/// One class-subject pair of the school's curriculum (учебный план): it opens in the journal even
/// before it has a lesson.
public struct CurriculumEntry: Hashable, Sendable {
    public var classID: Int
    public var className: String
    public var subjectID: Int
    public var subject: String
    /// The teacher's login; empty when none is assigned.
    public var teacher: String
    /// Hours a week, when the curriculum says.
    public var hours: Weight?
}
