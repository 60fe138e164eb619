import ZhurnalCore
import ZhurnalStore

/// `zhurnal import curriculum|calendar|timetable|plan`, `zhurnal lessons generate` and
/// `zhurnal export lessons`.
public enum SchoolYearCommands {
    /// Imports a curriculum file.
    public static func importCurriculum(file: String, databasePath: String) throws(CommandFailure) -> CommandOutput {
        let bytes = try ImportCommands.read(file)
        let journal = try JournalOpener.open(databasePath)
        do {
            let result = try journal.importCurriculum(bytes)
            return CommandOutput(notes: [.schoolYear(.curriculumImported(pairs: result.pairs, classes: result.classesCreated,
                                                             subjects: result.subjectsCreated))])
        } catch {
            throw ImportCommands.failure(error, databasePath: databasePath)
        }
    }

    /// Imports a calendar file.
    public static func importCalendar(file: String, databasePath: String, today: LocalDate) throws(CommandFailure) -> CommandOutput {
        let bytes = try ImportCommands.read(file)
        let journal = try JournalOpener.open(databasePath)
        do {
            let result = try journal.importCalendar(bytes, today: today)
            return CommandOutput(notes: [.schoolYear(.calendarImported(termTables: result.termTables, holidays: result.holidays))])
        } catch {
            throw ImportCommands.failure(error, databasePath: databasePath)
        }
    }

    /// Imports a timetable file.
    public static func importTimetable(file: String, databasePath: String) throws(CommandFailure) -> CommandOutput {
        let bytes = try ImportCommands.read(file)
        let journal = try JournalOpener.open(databasePath, mustExist: true)
        do {
            let result = try journal.importTimetable(bytes)
            return CommandOutput(notes: [.schoolYear(.timetableImported(classes: result.classes, lessons: result.lessons))])
        } catch {
            throw ImportCommands.failure(error, databasePath: databasePath)
        }
    }

    /// Imports a thematic plan and says which hand-typed topics it kept.
    public static func importPlan(file: String, databasePath: String, today: LocalDate) throws(CommandFailure) -> CommandOutput {
        let bytes = try ImportCommands.read(file)
        let journal = try JournalOpener.open(databasePath, mustExist: true)
        let calendar: SchoolCalendar
        do {
            calendar = try journal.schoolCalendar(today: today)
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
        do {
            let result = try journal.importPlan(bytes, calendar: calendar)
            return CommandOutput(notes: [.schoolYear(.planImported(topics: result.topics, assigned: result.assigned, unplaced: result.unplaced))]
                + result.kept.map { .schoolYear(.planKept(className: $0.className, subject: $0.subject, date: $0.date, topic: $0.topic)) })
        } catch {
            throw ImportCommands.failure(error, databasePath: databasePath)
        }
    }

    /// Generates the timetable's lessons from `from` to `to`, for a class and subject or all.
    public static func generateLessons(from: LocalDate, to: LocalDate, className: String?, subject: String?,
                                       databasePath: String, today: LocalDate) throws(CommandFailure) -> CommandOutput {
        guard from <= to else { throw CommandFailure.user(.schoolYear(.datesReversed(from: from, to: to))) }
        let journal = try JournalOpener.open(databasePath, mustExist: true)
        do {
            var classID: Int?, subjectID: Int?
            if let className {
                guard let found = try journal.schoolClass(named: className) else { throw CommandFailure.user(.unknownClass(className)) }
                classID = found.id
            }
            if let subject {
                guard let found = try journal.findSubject(named: subject) else { throw CommandFailure.user(.unknownSubject(subject)) }
                subjectID = found.id
            }
            let settings = try journal.schoolSettings(today: today)
            let result = try journal.generateLessons(dates: from...to, classID: classID, subjectID: subjectID,
                                                     calendar: try journal.schoolCalendar(today: today),
                                                     kindCode: settings.kinds.first?.code ?? "answer")
            guard result.classes > 0 else { throw CommandFailure.user(.schoolYear(.noTimetable(className))) }
            try journal.keepSchoolSettings(today: today)
            return CommandOutput(notes: [.schoolYear(.lessonsGenerated(created: result.created, numbered: result.numbered,
                                                                       classes: result.classes, topics: result.topics))])
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }

    /// A class-subject's lessons (CSV or JSON), for a term of the class's calendar or all.
    public static func exportLessons(className: String, subject: String, term: Int?, json: Bool, destination: OutputDestination,
                                     databasePath: String, today: LocalDate) throws(CommandFailure) -> CommandOutput {
        let journal = try JournalOpener.open(databasePath, readOnly: true)
        do {
            guard let schoolClass = try journal.schoolClass(named: className) else { throw CommandFailure.user(.unknownClass(className)) }
            guard let found = try journal.findSubject(named: subject) else { throw CommandFailure.user(.unknownSubject(subject)) }
            var dates: ClosedRange<LocalDate>?
            if let term {
                let terms = try journal.schoolCalendar(today: today).terms(forClass: schoolClass.name)
                guard let period = terms.term(number: term) else { throw CommandFailure.user(.noSuchTerm(term)) }
                dates = period.start...period.end
            }
            let settings = try journal.schoolSettings(today: today)
            let rows = try LessonsExport.rows(from: journal, kinds: settings.kinds, classID: schoolClass.id, subjectID: found.id,
                                              dates: dates)
            if json {
                return try destination.deliver(text: LessonsExport.json(rows, className: schoolClass.name, subject: found.name)
                    .rendered() + "\n")
            }
            return try destination.deliver(csv: LessonsExport.csv(rows))
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw JournalOpener.failure(error, path: databasePath)
        }
    }
}
