import Foundation
import HostileSupport
import Testing
@testable import ZhurnalApp
import ZhurnalCore

/// Term statistics over enrollment (docs/rules.md §7, "Who is counted"): the students in the class
/// on the term's last day are counted; a leaver and a student transferred out are shown, not
/// counted; an arrival is counted; the transferred student's average in the new class uses his
/// marks from both classes' journals. The fixture's Алгебра lessons: 07.09, 14.09, 18.09.
@Suite struct SummaryOverMovementsTests {
    let scratch = ScratchFolder()

    private static func day(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: 2026, month: month, day: day)! }

    @Test func theTermCountsWhoIsInTheClassOnItsLastDay() throws {
        let f = try GridFixture(scratch)
        let j = f.journal
        let (leaver, mover) = (f.students[0], f.students[2])
        let other = try j.findOrCreateClass(named: "7Б")
        try j.leave(studentID: leaver.id, date: Self.day(9, 15), reason: "переезд")
        try j.transfer(studentID: mover.id, toClassID: other.id, date: Self.day(9, 16))
        let newcomer = try j.arrive(classID: f.pair.classID, lastName: "Новиков", firstName: "Олег", date: Self.day(9, 16))
        try j.setEntry(columnID: f.columns[2].id, studentID: newcomer.id, to: .mark(5))
        let there = try j.addColumn(classID: other.id, subjectID: f.pair.subjectID, date: Self.day(9, 18), kindCode: "answer")
        try j.setEntry(columnID: there.id, studentID: mover.id, to: .mark(5))
        let builder = SummaryBuilder(journal: j, settings: f.session.settings, today: Self.day(11, 5))

        let seventhA = try builder.subject(className: "7А", subject: "Алгебра", period: .term(1))
        let rows = Dictionary(uniqueKeysWithValues: seventhA.rows.map { ($0.studentID, $0) })
        #expect(rows[leaver.id]?.enrolled == false && rows[mover.id]?.enrolled == false)
        #expect(rows[newcomer.id]?.enrolled == true && rows[newcomer.id]?.markCount == 1)
        #expect(seventhA.statistics.enrolled == 3, "the long name, Сидорова and Новиков")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(SummaryJSON.subject(seventhA).rendered().utf8))
            as? [String: Any])
        let students = try #require(json["students"] as? [[String: Any]])
        #expect(students.filter { $0["enrolled"] as? Bool == false }.count == 2)
        let text = SummaryText.subject(seventhA, language: .ru, width: PrintPage.landscape.width)
        let leaverLine = try #require(text.split(separator: "\n").first { $0.contains(leaver.lastName) })
        #expect(leaverLine.hasSuffix("выбыл до конца периода"), "\(text)")
        #expect(text.split(separator: "\n").filter { $0.contains("выбыл до конца периода") }.count == 2)
        #expect(SummaryHTML.subject(seventhA, context: SheetContext(school: "", teacher: "", date: Self.day(11, 5)),
                                        language: .en).contains("left before the end of the period"))

        // In 7Б the moved student is counted, and his average takes 7А's 3 and 2 with 7Б's 5.
        let seventhB = try builder.subject(className: "7Б", subject: "Алгебра", period: .term(1))
        let moved = try #require(seventhB.rows.first { $0.studentID == mover.id })
        #expect(moved.enrolled && moved.markCount == 3)
        #expect(seventhB.statistics.enrolled == 1)
    }
}
