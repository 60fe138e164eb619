import ZhurnalCore
import ZhurnalStore

extension SummaryBuilder {
    /// The school's movement of students for a term (the current one when nil): every class by
    /// its own calendar's term of that number (a class whose calendar has none is left out).
    public func movements(term number: Int?) throws -> MovementReport {
        let period = try period(term: number, year: false)
        guard let term = settings.calendar.term(number: period.storedTerm) else { throw Failure.noSuchTerm(period.storedTerm) }
        let school = try MovementSource(journal)
        let classes = try journal.classes().compactMap { schoolClass -> MovementReport.ClassMovement? in
            let calendar = try forClass(schoolClass.name).settings.calendar
            guard let classTerm = calendar.term(number: term.number) else { return nil }
            return school.movement(of: schoolClass, days: MovementTally.days(of: classTerm, in: calendar))
        }
        return MovementReport(term: term.number, termKind: settings.calendar.kind, interim: today < term.end, classes: classes)
    }

    /// One class's movement for a term of its calendar; on a builder made by `forClass(_:)`.
    public func movement(of schoolClass: SchoolClass, term: Term) throws -> MovementReport.ClassMovement {
        try MovementSource(journal).movement(of: schoolClass, days: MovementTally.days(of: term, in: settings.calendar))
    }
}

/// The school's students, their enrollments and movements, read once for the movement of its classes.
private struct MovementSource {
    let students: [Int: Student]
    let enrollments: [Enrollment]
    let records: [MovementRecord]
    let classNames: [Int: String]

    init(_ journal: Journal) throws {
        let classes = try journal.classes()
        let everyone = try classes.flatMap { try journal.students(classID: $0.id) }
        let moved = try journal.enrollments()
        students = Dictionary(uniqueKeysWithValues: everyone.map { ($0.id, $0) })
        enrollments = everyone.map { moved[$0.id] ?? .always(in: $0.classID) }
        records = try journal.movements().sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        classNames = Dictionary(uniqueKeysWithValues: classes.map { ($0.id, $0.name) })
    }

    /// The tally of a class over `days` and its movements counted in them.
    func movement(of schoolClass: SchoolClass, days: ClosedRange<LocalDate>) -> MovementReport.ClassMovement {
        let events = records.compactMap { record -> MovementReport.Event? in
            let outgoing = record.classID == schoolClass.id
            guard outgoing || (record.kind == .transfer && record.toClassID == schoolClass.id),
                  MovementTally.counts(record.movement, in: days), let student = students[record.studentID] else { return nil }
            let other = record.kind == .transfer ? (outgoing ? record.toClassID : record.classID) : nil
            return MovementReport.Event(student: "\(student.lastName) \(student.firstName)", kind: record.kind, date: record.date,
                                        otherClass: other.flatMap { classNames[$0] } ?? "",
                                        outgoing: outgoing && record.kind == .transfer, reason: record.reason, order: record.order)
        }
        return MovementReport.ClassMovement(className: schoolClass.name, days: days,
                                            tally: MovementTally(classID: schoolClass.id, days: days, enrollments: enrollments),
                                            events: events)
    }
}
