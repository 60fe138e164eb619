import Testing
@testable import ZhurnalCore

/// docs/rules.md §8b: the stays a student's movements make, and the movement of a
/// class over a term.
@Suite struct EnrollmentTests {
    static func day(_ month: Int, _ day: Int, _ year: Int = 2026) -> LocalDate { LocalDate(year: year, month: month, day: day)! }
    let classA = 1, classB = 2
    let term = day(9, 1)...day(10, 31)

    @Test func withoutMovementsAlwaysInHisClass() {
        let e = Enrollment(classID: classA, movements: [])
        #expect(e == .always(in: classA))
        #expect(e.isEnrolled(in: classA, on: Self.day(1, 1, 2000)))
        #expect(!e.isEnrolled(in: classB, on: Self.day(9, 1)))
    }

    @Test func anArrivalStartsOnItsDay() {
        let e = Enrollment(classID: classA, movements: [Movement(kind: .arrive, date: Self.day(10, 5), classID: classA)])
        #expect(!e.isEnrolled(in: classA, on: Self.day(10, 4)))
        #expect(e.isEnrolled(in: classA, on: Self.day(10, 5)))
        #expect(e.isEnrolled(in: classA, on: Self.day(5, 31, 2027)))
        #expect(e.wasEnrolled(in: classA, during: term))
        #expect(!e.wasEnrolled(during: Self.day(9, 1)...Self.day(10, 4)))
    }

    /// The departure's date is his last day: a mark that day is his, the next day's is not.
    @Test func aDepartureEndsOnItsDay() {
        let e = Enrollment(classID: classA, movements: [Movement(kind: .leave, date: Self.day(10, 10), classID: classA, reason: "переезд")])
        #expect(e.isEnrolled(in: classA, on: Self.day(10, 10)))
        #expect(!e.isEnrolled(in: classA, on: Self.day(10, 11)))
        #expect(e.spans == [EnrollmentSpan(classID: classA, last: Self.day(10, 10), end: .left(reason: "переезд"))])
        #expect(!e.wasEnrolled(during: Self.day(11, 1)...Self.day(12, 31)))
    }

    /// A transfer's date is his first day in the new class; the old class keeps him to the day before.
    @Test func aTransferSplitsTheStay() {
        let e = Enrollment(classID: classB, movements: [Movement(kind: .transfer, date: Self.day(10, 1), classID: classA, toClassID: classB)])
        #expect(e.isEnrolled(in: classA, on: Self.day(9, 30)))
        #expect(!e.isEnrolled(in: classA, on: Self.day(10, 1)))
        #expect(e.isEnrolled(in: classB, on: Self.day(10, 1)))
        #expect(e.otherClasses(than: classB, during: term) == [classA])
        #expect(e.otherClasses(than: classB, during: Self.day(11, 1)...Self.day(12, 31)).isEmpty)
        #expect(e.classID(on: Self.day(9, 15)) == classA)
    }

    /// Arrival, transfer, departure in one year; a rename changes no stay.
    @Test func severalMovementsInOrder() {
        let e = Enrollment(classID: classB, movements: [
            Movement(kind: .leave, date: Self.day(3, 1, 2027), classID: classB),
            Movement(kind: .arrive, date: Self.day(9, 10), classID: classA),
            Movement(kind: .rename, date: Self.day(9, 20), classID: classA),
            Movement(kind: .transfer, date: Self.day(11, 1), classID: classA, toClassID: classB),
        ])
        #expect(e.spans.count == 2)
        #expect(e.spans[0] == EnrollmentSpan(classID: classA, first: Self.day(9, 10), last: Self.day(10, 31), end: .transferred(toClassID: classB)))
        #expect(e.spans[1] == EnrollmentSpan(classID: classB, first: Self.day(11, 1), last: Self.day(3, 1, 2027), end: .left(reason: "")))
    }

    /// At start + arrived + transferred in − left − transferred out = at end; a leaver on the
    /// term's last day is still there at its end.
    @Test func movementTallyOfAClass() {
        let stays = [
            Enrollment.always(in: classA),
            Enrollment.always(in: classA),
            Enrollment(classID: classA, movements: [Movement(kind: .leave, date: Self.day(10, 10), classID: classA, reason: "переезд")]),
            Enrollment(classID: classA, movements: [Movement(kind: .leave, date: Self.day(10, 31), classID: classA, reason: "переезд")]),
            Enrollment(classID: classA, movements: [Movement(kind: .arrive, date: Self.day(9, 20), classID: classA)]),
            Enrollment(classID: classB, movements: [Movement(kind: .transfer, date: Self.day(10, 1), classID: classA, toClassID: classB)]),
            Enrollment(classID: classA, movements: [Movement(kind: .leave, date: Self.day(8, 20), classID: classA)]),
        ]
        let a = MovementTally(classID: classA, days: term, enrollments: stays)
        #expect(a.atStart == 5)
        #expect(a.arrived == 1 && a.transferredIn == 0)
        #expect(a.leftByReason == ["переезд": 1])
        #expect(a.transferredOut == 1)
        #expect(a.left == 1)
        #expect(a.atEnd == 4)
        #expect(a.atStart + a.arrived + a.transferredIn - a.left - a.transferredOut == a.atEnd)
        let b = MovementTally(classID: classB, days: term, enrollments: stays)
        #expect(b.atStart == 0 && b.arrived == 0 && b.transferredIn == 1 && b.atEnd == 1)
        let school = MovementTally.total([a, b])
        #expect(school.atStart == 5 && school.arrived == 1 && school.transferredIn == 1 && school.left == 1)
        #expect(school.transferredOut == 1 && school.atEnd == 5)
    }

    /// A student who arrives and is then transferred in the same term: one arrival in the first
    /// class, one transfer out of it, one transfer into the second; a departure without a reason
    /// is counted under the empty reason.
    @Test func arrivalThenTransferThenDepartureWithoutReason() {
        let stays = [
            Enrollment(classID: classB, movements: [
                Movement(kind: .arrive, date: Self.day(9, 10), classID: classA),
                Movement(kind: .transfer, date: Self.day(10, 1), classID: classA, toClassID: classB),
                Movement(kind: .leave, date: Self.day(10, 20), classID: classB),
            ]),
        ]
        let a = MovementTally(classID: classA, days: term, enrollments: stays)
        #expect(a.atStart == 0 && a.arrived == 1 && a.transferredOut == 1 && a.atEnd == 0)
        let b = MovementTally(classID: classB, days: term, enrollments: stays)
        #expect(b.transferredIn == 1 && b.arrived == 0 && b.leftByReason == ["": 1] && b.atEnd == 0)
    }

    /// A term's movement runs from the previous term's last day: its «at end» is the next term's
    /// «at start», a departure in the holidays or on a term's last day counts in the next term,
    /// an arrival on the first day of the year counts as arrived.
    @Test func termDaysChainTheTerms() {
        let calendar = TermCalendar(terms: [Term(number: 1, start: Self.day(9, 1), end: Self.day(10, 26)),
                                            Term(number: 2, start: Self.day(11, 5), end: Self.day(12, 28))])
        let first = MovementTally.days(of: calendar.terms[0], in: calendar)
        let second = MovementTally.days(of: calendar.terms[1], in: calendar)
        #expect(first == Self.day(8, 31)...Self.day(10, 26))
        #expect(second == Self.day(10, 26)...Self.day(12, 28))
        let stays = [
            Enrollment(classID: classA, movements: [Movement(kind: .arrive, date: Self.day(9, 1), classID: classA)]),
            Enrollment(classID: classA, movements: [Movement(kind: .leave, date: Self.day(10, 26), classID: classA, reason: "переезд")]),
            Enrollment(classID: classA, movements: [Movement(kind: .leave, date: Self.day(11, 1), classID: classA, reason: "переезд")]),
        ]
        let one = MovementTally(classID: classA, days: first, enrollments: stays)
        let two = MovementTally(classID: classA, days: second, enrollments: stays)
        #expect(one.atStart == 2 && one.arrived == 1 && one.left == 0 && one.atEnd == 3)
        #expect(two.atStart == one.atEnd && two.left == 2 && two.atEnd == 1)
        let holidayLeave = Movement(kind: .leave, date: Self.day(11, 1), classID: classA)
        #expect(!MovementTally.counts(holidayLeave, in: first) && MovementTally.counts(holidayLeave, in: second))
        #expect(MovementTally.counts(Movement(kind: .arrive, date: Self.day(9, 1), classID: classA), in: first))
        #expect(!MovementTally.counts(Movement(kind: .leave, date: Self.day(10, 26), classID: classA), in: first))
        #expect(!MovementTally.counts(Movement(kind: .rename, date: Self.day(10, 1), classID: classA), in: first))
    }

    @Test func aTermNotEnrolledIsSkippedInTheYearMark() {
        #expect(!YearMark.counts(termHasLessons: true, hasFinalMark: true, enrolled: false))
        #expect(YearMark.counts(termHasLessons: true, hasFinalMark: false, enrolled: true))
    }
}

/// «Фамилия Имя [Отчество…]» typed in one field.
@Suite struct FullNameTests {
    @Test func splitsAtWhiteSpaceAndNeedsTwoWords() {
        let name = FullName("  Алиев  Рустам Эльдар оглы ")
        #expect(name?.lastName == "Алиев" && name?.firstName == "Рустам" && name?.middleName == "Эльдар оглы")
        #expect(FullName("Новиков Олег")?.middleName == "")
        #expect(FullName("Новиков") == nil)
        #expect(FullName("") == nil)
    }
}
