import ZhurnalCore
import ZhurnalStore

/// A class journal's page for one subject and period, the form a school prints and archives
/// (docs/user-guide.md §12): students × lesson dates with every entry, each student's
/// average and counting mark, a statistics row per lesson, and the lessons with their topics.
public struct JournalPage: Sendable {
    /// One lesson column.
    public struct Lesson: Sendable {
        public var date: LocalDate
        /// The kind of work's short name in both languages (ОУ / OA), its code when unknown.
        public var kindShort: (ru: String, en: String)
        /// The kind of work's name in both languages.
        public var kindName: (ru: String, en: String)
        public var topic: String
        /// The column's statistics: the students with a numeric mark in it.
        public var statistics: ClassStatistics
    }

    /// The subject's summary for the period: students in class order with average and marks.
    public var summary: SubjectSummary
    public var lessons: [Lesson]
    /// Each student's entry text per lesson, in `summary.rows` order; empty where there is none.
    public var entries: [[String]]
}

extension SummaryBuilder {
    /// The journal page of a class and subject for a term or the year.
    public func journalPage(className: String, subject: String, period: SummaryPeriod) throws -> JournalPage {
        let summary = try self.subject(className: className, subject: subject, period: period)
        guard let schoolClass = try journal.schoolClass(named: className),
              let found = try journal.subjects().first(where: { Self.same($0.name, subject) }) else {
            throw Failure.unknownClass(className, suggestion: nil)
        }
        let read = try journal.grid(classID: schoolClass.id, subjectID: found.id)
        let grid = dates(of: period).map(read.within) ?? read
        let lessons = grid.columns.map { column in
            let kind = settings.kinds.kind(code: column.kindCode)
            return JournalPage.Lesson(date: column.date, kindShort: (kind?.shortRu ?? column.kindCode, kind?.shortEn ?? column.kindCode),
                                      kindName: (kind?.nameRu ?? column.kindCode, kind?.nameEn ?? column.kindCode),
                                      topic: column.topic,
                                      statistics: ClassStatistics(column: summary.rows.map { grid[column: column.id, student: $0.studentID] }))
        }
        let entries = summary.rows.map { row in
            grid.columns.map { grid[column: $0.id, student: row.studentID]?.description ?? "" }
        }
        return JournalPage(summary: summary, lessons: lessons, entries: entries)
    }
}
