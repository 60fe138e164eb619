import ZhurnalCore
import ZhurnalStore

extension JournalSession {
    /// Generates a class-subject's lessons from the timetable over `dates` (within `term`, which
    /// must be unlocked), with the first kind of work of the settings.
    public func generateLessons(classID: Int, subjectID: Int, dates: ClosedRange<LocalDate>,
                                term: Term) throws -> LessonGenerationResult {
        if isLocked(term) { throw SessionRefusal.termLocked(term.number) }
        let result = try journal.generateLessons(dates: dates, classID: classID, subjectID: subjectID,
                                                 calendar: try journal.schoolCalendar(today: today),
                                                 kindCode: settings.kinds.first?.code ?? "answer")
        try noteWrite()
        return result
    }
}
