import HostileSupport
import Testing
@testable import ZhurnalApp
import ZhurnalCore

/// Attendance follows the movements (docs/user-guide.md §10): a student counts over his days in
/// the class only — a leaver up to his last day, a transferred student up to his transfer, an
/// arrival from his first day. The fixture's lessons: 07.09, 14.09 and 18.09 (today 20.09).
@Suite struct AttendanceOverMovementsTests {
    let scratch = ScratchFolder()

    private static func day(_ day: Int) -> LocalDate { LocalDate(year: 2026, month: 9, day: day)! }

    @Test func eachStudentCountsOverHisDaysInTheClass() throws {
        let f = try GridFixture(scratch)
        let j = f.journal
        let other = try j.findOrCreateClass(named: "7Б")
        try j.leave(studentID: f.students[0].id, date: Self.day(15), reason: "переезд")
        try j.transfer(studentID: f.students[2].id, toClassID: other.id, date: Self.day(16))
        let newcomer = try j.arrive(classID: f.pair.classID, lastName: "Новиков", firstName: "Олег", date: Self.day(16))
        let builder = SummaryBuilder(journal: j, settings: f.session.settings, today: GridFixture.today)
        let report = try builder.attendance(className: "7А", term: 1)
        let lessons = Dictionary(uniqueKeysWithValues: report.rows.map { ($0.studentID, $0.tally.lessons) })
        #expect(lessons == [f.students[0].id: 2, f.students[1].id: 3, f.students[2].id: 2, f.students[3].id: 3,
                            newcomer.id: 1])
        #expect(report.rows.map(\.tally.lessons).reduce(0, +) == 11)
        // In the class he moved to, the transferred student counts over its lessons (none yet).
        let moved = try builder.attendance(className: "7Б", term: 1)
        #expect(moved.rows.map(\.studentID) == [f.students[2].id])
        #expect(moved.rows.first?.tally.lessons == 0)
    }
}
