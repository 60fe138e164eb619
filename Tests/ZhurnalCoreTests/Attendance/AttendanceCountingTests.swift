import Testing
@testable import ZhurnalCore

/// docs/user-guide.md §10: н absent without a reason, б ill, у excused, оп late; counted over the
/// lessons that exist and the student's enrolled days; the share missed exact, two decimals half-up.
@Suite struct AttendanceCountingTests {
    private let september = LocalDate(year: 2026, month: 9, day: 1)!...LocalDate(year: 2026, month: 9, day: 30)!

    private func day(_ d: Int) -> LocalDate { LocalDate(year: 2026, month: 9, day: d)! }

    private func count(_ columns: [AttendanceCounting.Column], _ entries: [Int: [Int: String]],
                       students: [AttendanceCounting.Student] = [.init(id: 1)],
                       days: ClosedRange<LocalDate>? = nil) -> [AttendanceCounting.Row] {
        AttendanceCounting.count(columns: columns, students: students, days: days ?? september) { column, student in
            entries[column]?[student].flatMap { try? Entry.parse($0).get() }
        }
    }

    @Test func eachKindOfAbsenceCountsOnce() {
        let columns = (1...6).map { AttendanceCounting.Column(id: $0, subject: 1, date: day($0), lesson: 1) }
        let rows = count(columns, [1: [1: "н"], 2: [1: "б"], 3: [1: "у"], 4: [1: "оп"], 5: [1: "5"]])
        #expect(rows.map(\.tally) == [AttendanceTally(lessons: 6, ill: 1, excused: 1, unexcused: 1, late: 1)])
        #expect(rows[0].tally.missed == 3)
        #expect(rows[0].tally.missedPercent == Ratio(50))
        #expect(rows[0].tally.missedPercent?.shown == "50.00")
    }

    @Test func lateIsNotMissed() {
        let columns = (1...3).map { AttendanceCounting.Column(id: $0, subject: 1, date: day($0), lesson: 1) }
        let tally = count(columns, [1: [1: "оп"], 2: [1: "оп"]])[0].tally
        #expect(tally.late == 2)
        #expect(tally.missed == 0)
        #expect(tally.missedPercent == Ratio(0))
    }

    @Test func noLessonsGivesNoShare() {
        let rows = count([], [:])
        #expect(rows.map(\.tally) == [AttendanceTally()])
        #expect(rows[0].tally.missedPercent == nil)
    }

    @Test func shareIsExactAndRoundedHalfUp() {
        // 1 of 3 lessons: 33.333…%; 2 of 3: 66.666…% → 66.67; 1 of 8: 12.5% exactly.
        let three = (1...3).map { AttendanceCounting.Column(id: $0, subject: 1, date: day($0), lesson: 1) }
        #expect(count(three, [1: [1: "н"]])[0].tally.missedPercent == Ratio(numerator: 100, denominator: 3))
        #expect(count(three, [1: [1: "н"], 2: [1: "б"]])[0].tally.missedPercent?.shown == "66.67")
        let eight = (1...8).map { AttendanceCounting.Column(id: $0, subject: 1, date: day($0), lesson: 1) }
        #expect(count(eight, [1: [1: "у"]])[0].tally.missedPercent?.shown == "12.50")
    }

    @Test func columnsOfOneLessonCountOnceAndTheReasonWins() {
        // Two columns of lesson 2 on the 3rd (class work and a test); two by-hand columns on the 4th.
        let columns = [
            AttendanceCounting.Column(id: 1, subject: 1, date: day(3), lesson: 2),
            AttendanceCounting.Column(id: 2, subject: 1, date: day(3), lesson: 2),
            AttendanceCounting.Column(id: 3, subject: 1, date: day(4), lesson: nil),
            AttendanceCounting.Column(id: 4, subject: 1, date: day(4), lesson: nil),
        ]
        let tally = count(columns, [1: [1: "н"], 2: [1: "б"], 3: [1: "оп"], 4: [1: "н"]])[0].tally
        #expect(tally == AttendanceTally(lessons: 2, ill: 1, unexcused: 1))
    }

    @Test func excusedOutranksUnexcusedAndLateNeedsNoAbsence() {
        #expect(LessonPresence(entries: [.absence(.absent), .absence(.excused)]) == .excused)
        #expect(LessonPresence(entries: [.absence(.late), .mark(5)]) == .late)
        #expect(LessonPresence(entries: [.absence(.late), .absence(.absent)]) == .unexcused)
        #expect(LessonPresence(entries: [.exempt, .owed, .passed]) == .present)
        #expect(LessonPresence(entries: []) == .present)
    }

    @Test func differentSubjectsAndLessonNumbersAreDifferentLessons() {
        let columns = [
            AttendanceCounting.Column(id: 1, subject: 1, date: day(3), lesson: 1),
            AttendanceCounting.Column(id: 2, subject: 1, date: day(3), lesson: 2),
            AttendanceCounting.Column(id: 3, subject: 2, date: day(3), lesson: 3),
        ]
        #expect(count(columns, [1: [1: "б"], 2: [1: "б"], 3: [1: "б"]])[0].tally == AttendanceTally(lessons: 3, ill: 3))
    }

    @Test func onlyLessonsWithinTheDaysCount() {
        let columns = [1, 10, 20].map { AttendanceCounting.Column(id: $0, subject: 1, date: day($0), lesson: 1) }
        let tally = count(columns, [1: [1: "н"], 20: [1: "н"]], days: day(5)...day(30))[0].tally
        #expect(tally == AttendanceTally(lessons: 2, unexcused: 1))
    }

    @Test func onlyTheEnrolledDaysCountAndStudentsNeverEnrolledAreLeftOut() {
        let columns = (1...10).map { AttendanceCounting.Column(id: $0, subject: 1, date: day($0), lesson: 1) }
        let students = [
            AttendanceCounting.Student(id: 1),
            AttendanceCounting.Student(id: 2, enrolled: day(6)...day(30)),
            AttendanceCounting.Student(id: 3, enrolled: day(1)...day(3)),
            AttendanceCounting.Student(id: 4, enrolled: LocalDate(year: 2026, month: 10, day: 1)!...day(1).adding(days: 60)),
        ]
        // Student 2's н on the 2nd is before his arrival (from another class's journal): not his.
        let rows = count(columns, [2: [2: "н", 3: "н"], 7: [2: "у"]], students: students)
        #expect(rows.map(\.studentID) == [1, 2, 3])
        #expect(rows[0].tally == AttendanceTally(lessons: 10))
        #expect(rows[1].tally == AttendanceTally(lessons: 5, excused: 1))
        #expect(rows[2].tally == AttendanceTally(lessons: 3, unexcused: 1))
        #expect(rows[2].tally.missedPercent == Ratio(numerator: 100, denominator: 3))
    }

    @Test func totalsAddStudentLessons() {
        let total = AttendanceTally(lessons: 10, ill: 2, late: 1) + AttendanceTally(lessons: 6, excused: 1, unexcused: 1)
        #expect(total == AttendanceTally(lessons: 16, ill: 2, excused: 1, unexcused: 1, late: 1))
        #expect(total.missedPercent?.shown == "25.00")
    }

    @Test func daysOfATermStopAtToday() {
        let term = Term(number: 1, start: day(1), end: LocalDate(year: 2026, month: 10, day: 25)!)
        #expect(AttendanceCounting.days(of: term, today: day(15)) == day(1)...day(15))
        #expect(AttendanceCounting.days(of: term, today: LocalDate(year: 2027, month: 1, day: 15)!) == term.start...term.end)
        #expect(AttendanceCounting.days(of: term, today: LocalDate(year: 2026, month: 8, day: 31)!) == nil)
        #expect(AttendanceCounting.days(of: term, today: day(1)) == day(1)...day(1))
    }
}
