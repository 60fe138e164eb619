import ZhurnalCore

/// What `import curriculum` did.
public struct CurriculumImportResult: Equatable, Sendable {
    public var pairs = 0
    public var classesCreated = 0
    public var subjectsCreated = 0
}

/// What `import calendar` did.
public struct CalendarImportResult: Equatable, Sendable {
    /// Term tables replaced: one per grade range of the file (the school's own when grades are empty).
    public var termTables = 0
    /// Holidays added (those already in the calendar are not added twice).
    public var holidays = 0
}

/// What `import timetable` did.
public struct TimetableImportResult: Equatable, Sendable {
    /// Classes whose timetable was replaced.
    public var classes = 0
    public var lessons = 0
}

/// What `import plan` did.
public struct PlanImportResult: Equatable, Sendable {
    /// A lesson whose hand-typed topic stayed where the plan has another.
    public struct Kept: Equatable, Sendable {
        public var className: String
        public var subject: String
        public var date: LocalDate
        public var topic: String
    }

    public var topics = 0
    /// Lessons that received (or lost) a plan topic.
    public var assigned = 0
    public var kept: [Kept] = []
    /// Plan topics left over for want of lessons.
    public var unplaced = 0
}
