import Foundation
import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// A class and subject the journal can open.
public struct ClassSubject: Hashable, Sendable {
    public var classID: Int
    public var className: String
    public var subjectID: Int
    public var subject: String
    public var studentCount: Int
}

/// The open journal behind the screens: settings, saving, undo and noticing other processes'
/// changes. Every save is its own transaction, durable when the call returns; the store's write
/// policy refuses what may not change (a locked term: `StoreError.termLocked`; marks before
/// their lesson's day: `StoreError.upcomingLesson`).
public final class JournalSession {
    public let journal: Journal
    public private(set) var settings: SchoolSettings
    public let today: LocalDate
    private var seenVersion: Int
    /// Counts this session's own writes, so that screens know to read the grid again.
    public private(set) var revision = 0
    /// The column this session added last, where the grid puts its cursor.
    public private(set) var addedColumn: Int?
    /// The interface language, for the words forms put into their editable fields.
    public var language: Language = .ru

    /// True when the journal was opened read-only: screens refuse edits and say so.
    public var isReadOnly: Bool { journal.isReadOnly }

    public init(journal: Journal, today: LocalDate) throws {
        self.journal = journal
        self.today = today
        settings = try journal.schoolSettings(today: today)
        seenVersion = try journal.dataVersion()
    }

    /// Counts a write another screen made through `journal`, so that the grid reads again.
    public func noteWrite() throws {
        seenVersion = try journal.dataVersion()
        revision += 1
    }

    /// Every class with each subject of its curriculum or with lesson columns that the acting
    /// person may read: his own journals (assigned by the curriculum) first, then the others his
    /// role lets him read; classes in school order within each.
    public func classSubjects() throws -> [ClassSubject] {
        let access = try journal.staffAccess()
        let readable = try journal.classes().flatMap { schoolClass in
            let count = try journal.students(classID: schoolClass.id).count
            return try journal.journalSubjects(classID: schoolClass.id).map {
                ClassSubject(classID: schoolClass.id, className: schoolClass.name, subjectID: $0.id, subject: $0.name,
                             studentCount: count)
            }.filter { access.canRead(classID: $0.classID, subjectID: $0.subjectID) }
        }
        let own = readable.filter { access.isOwn(classID: $0.classID, subjectID: $0.subjectID) }
        return own + readable.filter { !access.isOwn(classID: $0.classID, subjectID: $0.subjectID) }
    }

    /// The terms of a class: its parallel's own, else the school's (`Journal.termCalendar(forClass:)`).
    public func calendar(forClass name: String) throws -> TermCalendar {
        try journal.termCalendar(forClass: name, schoolTerms: settings.calendar)
    }

    /// The school's current term (`TermCalendar.current(on:lessonDates:)`).
    public var currentTerm: Term { settings.calendar.current(on: today) }

    /// The term a class and subject opens in, by the class's calendar
    /// (`TermCalendar.opening(on:lessonDates:)`).
    public func openingTerm(for pair: ClassSubject) throws -> Term {
        let columns = try journal.columns(classID: pair.classID, subjectID: pair.subjectID)
        return try calendar(forClass: pair.className).opening(on: today, lessonDates: columns.map(\.date))
    }

    /// Loads the grid of a class and subject for a term: the students enrolled in the class on
    /// some day of it, with their enrollment.
    public func grid(for pair: ClassSubject, term: Term) throws -> GridData {
        let grid = try journal.grid(classID: pair.classID, subjectID: pair.subjectID, dates: term.start...term.end)
        var finals: [Int: FinalMark] = [:]
        for record in try journal.finalMarks(classID: pair.classID, subjectID: pair.subjectID, term: term.number) {
            if let value = TermMark.parse(record.value) {
                finals[record.studentID] = FinalMark(value: value, reason: record.reason.isEmpty ? nil : record.reason)
            }
        }
        seenVersion = try journal.dataVersion()
        var data = GridData(
            classID: pair.classID, className: pair.className, subjectID: pair.subjectID, subject: pair.subject, term: term,
            students: grid.students.map {
                GridData.Student(id: $0.id, lastName: $0.lastName, firstName: $0.firstName, middleName: $0.middleName)
            },
            columns: grid.columns.map {
                GridData.Column(id: $0.id, date: $0.date, kindCode: $0.kindCode, weightOverride: $0.weight, topic: $0.topic,
                                homework: $0.homework, lesson: $0.lesson)
            },
            entries: grid.entries, finals: finals, calendar: try calendar(forClass: pair.className))
        data.notedCells = try journal.notedCells(classID: pair.classID, subjectID: pair.subjectID)
        data.rubricColumns = try journal.columnsWithRubrics(classID: pair.classID, subjectID: pair.subjectID)
        data.enrollments = grid.enrollments
        data.otherClassLessons = try otherClassLessons(grid, subjectID: pair.subjectID, term: term)
        return data
    }

    /// The lessons of the subject the grid's transferred students had in their other classes
    /// during `term`, on their days there (as the summary report counts them).
    private func otherClassLessons(_ grid: JournalGrid, subjectID: Int, term: Term) throws -> [Int: [DatedEntry]] {
        var lessons: [Int: [DatedEntry]] = [:]
        for student in grid.students {
            guard let enrollment = grid.enrollments[student.id], let classID = grid.classID else { continue }
            for other in enrollment.otherClasses(than: classID, during: term.start...term.end) {
                let theirs = try journal.grid(classID: other, subjectID: subjectID, dates: term.start...term.end)
                for column in theirs.columns where enrollment.isEnrolled(in: other, on: column.date) {
                    lessons[student.id, default: []].append(DatedEntry(
                        date: column.date, entry: theirs[column: column.id, student: student.id],
                        weight: settings.weight(kindCode: column.kindCode, override: column.weight)))
                }
            }
        }
        return lessons
    }

    /// True once after another process committed a change to the file.
    public func changedElsewhere() -> Bool {
        guard let version = try? journal.dataVersion(), version != seenVersion else { return false }
        seenVersion = version
        return true
    }

    /// Saves a cell; returns the value the file held just before (which may differ from what the
    /// screen showed when another process changed it — the later write wins, the history keeps both).
    public func save(_ entry: Entry?, column: Int, student: Int) throws -> Entry? {
        let before = try journal.entry(columnID: column, studentID: student)
        _ = try journal.setEntry(columnID: column, studentID: student, to: entry)
        seenVersion = try journal.dataVersion()
        revision += 1
        return before
    }

    /// How long a save from the grid waits for another window's write before the grid says it is
    /// waiting («ждём запись…») and tries again on its next tick.
    public static let briefWait: Duration = .milliseconds(250)

    /// Runs a write that gives up after `briefWait` with `StoreError.busy` when another connection
    /// holds the journal's write lock, so that the screen can say so and retry.
    public func briefly<T>(_ write: () throws -> T) throws -> T {
        try journal.withBusyTimeout(Self.briefWait, write)
    }

    /// Sets or clears a final term mark with its reason.
    public func saveFinal(_ mark: TermMark?, reason: String, student: Int, subject: Int, term: Term) throws {
        _ = try journal.setFinalMark(studentID: student, subjectID: subject, term: term.number, to: mark?.description,
                                     reason: reason)
        revision += 1
    }

    /// Saves (or with nil clears) a student's year mark (stored as term 0); the store's policy
    /// refuses it while the year is locked.
    public func saveYearMark(_ mark: TermMark?, reason: String, student: Int, subject: Int) throws {
        _ = try journal.setFinalMark(studentID: student, subjectID: subject, term: 0, to: mark?.description, reason: reason)
        revision += 1
    }

    /// Adds a lesson column.
    public func addColumn(classID: Int, subjectID: Int, date: LocalDate, kindCode: String, weight: Weight?,
                          topic: String, homework: String = "") throws -> Int {
        revision += 1
        let id = try journal.addColumn(classID: classID, subjectID: subjectID, date: date, kindCode: kindCode,
                                       weight: weight, topic: topic, homework: homework).id
        addedColumn = id
        return id
    }

    /// Saves a column's date, kind, weight, topic and homework (nil keeps the stored homework).
    public func updateColumn(id: Int, date: LocalDate, kindCode: String, weight: Weight?, topic: String,
                             homework: String? = nil) throws {
        guard var column = try journal.column(id: id) else { throw StoreError.noSuchColumn(id) }
        column.date = date
        column.kindCode = kindCode
        column.weight = weight
        column.topic = topic
        if let homework { column.homework = homework }
        try journal.updateColumn(column)
        revision += 1
    }

    /// Deletes a column; its entries stay in the history and come back with undo.
    public func deleteColumn(id: Int) throws {
        try journal.deleteColumn(id: id)
        revision += 1
    }

    /// What undo would take back now (to ask first when it is large), nil when nothing.
    public func nextUndo() throws -> ChangeSummary? {
        try journal.nextUndo()
    }

    /// Undoes this person's last change (this window's first); the store refuses one that
    /// touches a locked term.
    public func undo() throws -> UndoResult? {
        revision += 1
        return try journal.undo()
    }

    /// Redoes this person's last undone change.
    public func redo() throws -> UndoResult? {
        revision += 1
        return try journal.redo()
    }

    /// The history of a cell, newest first.
    public func history(column: Int, student: Int) throws -> [HistoryRecord] {
        try journal.history(columnID: column, studentID: student)
    }

    /// The staff's names («Иванова И. И.») by login, for history; empty for a personal journal.
    public func staffNames() -> [String: String] {
        Dictionary(((try? journal.staff()) ?? []).map { ($0.login, $0.shortName) }) { a, _ in a }
    }

    /// Saves new school settings; they apply at once.
    public func updateSettings(_ new: SchoolSettings) throws {
        try journal.saveSchoolSettings(new)
        settings = new
        revision += 1
    }

    /// Reads the school settings again after a write that changed them (the year's end).
    func reloadSettings() throws {
        settings = try journal.schoolSettings(today: today)
        try noteWrite()
    }

    /// Whether a term is locked against changes (as the file says now).
    public func isLocked(_ term: TermLock) -> Bool {
        (try? journal.lockedTerms().contains(term)) ?? false
    }

    /// Locks or unlocks a term in the file: every window and command obeys it, in every class
    /// whose calendar has terms of its kind.
    public func setLocked(_ locked: Bool, term: TermLock) throws {
        try journal.setTermLocked(locked, term: term)
    }

    /// The weight a column counts with.
    public func weight(of column: GridData.Column) -> Weight {
        settings.weight(kindCode: column.kindCode, override: column.weightOverride)
    }
}
