import TerminalUI
import ZhurnalCore
import ZhurnalStore

/// The school calendar on one form: the school's terms, the terms of parallels that have their
/// own (one field each, and an empty one to add a parallel), the holidays. Saved in one
/// transaction; a field that cannot be read is named and nothing is saved.
struct CalendarScreen: FormScreen {
    let session: JournalSession
    var fields: FormFields
    /// Fields before the parallels' ones: the school's terms and the holidays.
    static let fixedFields = 2
    /// The parallels' fields, the empty one for a new parallel included.
    private(set) var gradeFields: Int

    /// The school's terms the fields were filled from: when the session's change (the year was
    /// closed from this screen), the fields are filled anew, so that saving keeps the new year.
    private var shownTerms: TermCalendar

    init(session: JournalSession) throws {
        self.session = session
        let calendar = try session.journal.schoolCalendar(today: session.today)
        shownTerms = session.settings.calendar
        gradeFields = calendar.gradeGroups.count + 1
        fields = Self.fields(calendar)
    }

    private static func fields(_ calendar: SchoolCalendar) -> FormFields {
        FormFields([
            (.schoolYear(.fieldSchoolTerms), CalendarFieldFormat.terms(calendar.terms)),
            (.schoolYear(.fieldHolidays), CalendarFieldFormat.holidays(calendar.holidays)),
        ] + calendar.gradeGroups.map { (.schoolYear(.fieldGradeTerms), CalendarFieldFormat.gradeTerms($0.grades, $0.terms)) }
          + [(.schoolYear(.fieldGradeTerms), "")])
    }

    mutating func tick() -> ScreenAction {
        guard session.settings.calendar != shownTerms else { return .none }
        do {
            let calendar = try session.journal.schoolCalendar(today: session.today)
            shownTerms = session.settings.calendar
            gradeFields = calendar.gradeGroups.count + 1
            fields = Self.fields(calendar)
        } catch {
            return .error(.journal(.failed(error)))
        }
        return .none
    }

    var title: Message { .journal(.schoolYear(.calendarTitle)) }

    /// F3 closes the school year (the year's end belongs with its calendar); offered only to whom
    /// the store allows it (завуч, администратор) on a writable file.
    var links: [FormLink] {
        guard !session.isReadOnly, (try? session.journal.staffAccess().allows(.school)) ?? false else { return [] }
        let session = session
        return [
            FormLink(key: .function(3), help: .journal(.yearClose(.key)), bar: .journal(.yearClose(.bar))) {
                try YearCloseScreen(session: session)
            },
        ]
    }

    var minimumSize: Size { Size(width: 70, height: 20) }

    mutating func save() -> ScreenAction {
        guard let terms = CalendarFieldFormat.parseTerms(fields[0]) else { return refuse(0) }
        guard let holidays = CalendarFieldFormat.parseHolidays(fields[1]) else { return refuse(1) }
        var calendar = SchoolCalendar(terms: terms, holidays: holidays)
        for index in Self.fixedFields..<Self.fixedFields + gradeFields {
            guard let parsed = CalendarFieldFormat.parseGradeTerms(fields[index]) else { return refuse(index) }
            guard let (grades, table) = parsed else { continue }
            calendar = calendar.replacingTerms(with: table, grades: grades)
        }
        var settings = session.settings
        settings.calendar = calendar.terms
        do {
            try session.journal.atomically {
                try session.journal.saveSchoolCalendar(calendar, today: session.today)
                try session.updateSettings(settings)
            }
        } catch {
            return .error(.journal(.failed(error)))
        }
        return ScreenAction(.pop, status: StatusMessage(.info, .journal(.schoolYear(.calendarSaved))))
    }

    private mutating func refuse(_ index: Int) -> ScreenAction {
        fields.focus = index
        return .error(.journal(.schoolYear(.badCalendarField)))
    }

    func draw(into buffer: inout CellBuffer, context: DrawContext) {
        fields.draw(title: context.text(title), into: &buffer, context: context)
        buffer.put(context.text(.journal(.schoolYear(.calendarHint))), x: 1, y: buffer.height - 1, style: Style(.muted),
                   maxWidth: buffer.width - 2)
    }
}
