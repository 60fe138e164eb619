/// What a change needs the acting person to be allowed (docs/deployment.md, "Rights").
public enum StaffRight: Hashable, Sendable {
    /// Change the journal of a class-subject pair (class id, subject id): its marks, lessons,
    /// final marks, notes, rubric points and plan — the pair's teacher.
    case journal(classID: Int, subjectID: Int)
    /// Manage the roster of a class (its id) — its class teacher, завуч, администратор.
    case roster(classID: Int)
    /// Edit school settings, classes, subjects, curriculum, calendar, timetable and external
    /// results — завуч, администратор.
    case school
    /// Lock and unlock terms — завуч, администратор.
    case lockTerms
    /// Edit the rubric and outcome catalogue — any teacher, завуч, администратор.
    case catalogue
    /// Edit the staff list — администратор.
    case staff
}
