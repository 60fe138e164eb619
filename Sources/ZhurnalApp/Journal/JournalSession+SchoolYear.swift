import ZhurnalCore
import ZhurnalStore

extension JournalSession {
    /// Generates a class-subject's lessons from the timetable over `dates`, with the first kind of
    /// work of the settings; the store's policy refuses lessons in a locked term.
    public func generateLessons(classID: Int, subjectID: Int, dates: ClosedRange<LocalDate>) throws -> LessonGenerationResult {
        let result = try journal.generateLessons(dates: dates, classID: classID, subjectID: subjectID,
                                                 calendar: try journal.schoolCalendar(today: today),
                                                 kindCode: settings.kinds.first?.code ?? "answer")
        try noteWrite()
        return result
    }

    /// Closes the school year (`Journal.closeYear`) and reads the next year's settings.
    public func closeYear(repeaters: Set<Int>) throws -> YearClosing {
        let closing = try journal.closeYear(repeaters: repeaters)
        try reloadSettings()
        return closing
    }
}
