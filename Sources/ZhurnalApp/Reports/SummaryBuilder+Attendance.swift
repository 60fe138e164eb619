import ZhurnalCore
import ZhurnalStore

extension SummaryBuilder {
    /// A class's attendance for a term (the current one when nil) over the lessons of every
    /// subject that exist up to today, for every student who was in the class during the term,
    /// each over his days in it (movements: arrival, departure, transfer).
    public func attendance(className: String, term number: Int?) throws -> AttendanceReport {
        let schoolClass = try findClass(className)
        let period = try period(term: number, year: false)
        guard let term = settings.calendar.term(number: period.storedTerm) else { throw Failure.noSuchTerm(period.storedTerm) }
        let (everIn, enrollments) = try journal.studentsEverIn(classID: schoolClass.id)
        let students = everIn.filter { enrollments[$0.id]?.wasEnrolled(in: schoolClass.id, during: term.start...term.end) ?? true }
        let days = AttendanceCounting.days(of: term, today: today)
        let enrolled = days.map { days in
            enrollments.compactMapValues { $0.days(in: schoolClass.id, within: days) }
        } ?? [:]
        var rows: [AttendanceCounting.Row] = students.map { AttendanceCounting.Row(studentID: $0.id, tally: AttendanceTally()) }
        if let days {
            let grids = try journal.grids(classID: schoolClass.id, dates: days)
            var entries = CellEntries()
            var columns: [AttendanceCounting.Column] = []
            for grid in grids.values {
                entries.merge(grid.entries) { first, _ in first }
                columns += grid.columns.map { AttendanceCounting.Column(id: $0.id, subject: $0.subjectID, date: $0.date, lesson: $0.lesson) }
            }
            rows = AttendanceCounting.count(columns: columns,
                                            students: students.map { AttendanceCounting.Student(id: $0.id, enrolled: enrolled[$0.id]) },
                                            days: days) { entries[CellKey(columnID: $0, studentID: $1)] }
        }
        let names = Dictionary(uniqueKeysWithValues: students.map { ($0.id, "\($0.lastName) \($0.firstName)") })
        return AttendanceReport(className: schoolClass.name, term: term.number, termKind: settings.calendar.kind, days: days,
                                interim: today < term.end,
                                rows: rows.map { AttendanceReport.Row(studentID: $0.studentID, name: names[$0.studentID] ?? "",
                                                                      tally: $0.tally) })
    }
}
