import HostileSupport
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The district's school line counts each student as his class's summary counts him: a student
/// transferred within the school counts once (in the class he is in on the term's last day), a
/// leaver not at all, and «мало отметок» while the term runs stays outside N — never a н/а.
///
/// 5А Математика, ОУ on 10, 17, 24 Sep: four students with 5 5 5; Уходов 2 2 (left 20 Sep);
/// Переводов 2 2 in 5А, transferred to 5Б on 20 Sep, 4 there on 24 Sep. 5Б: Бэшкин 4 on 24 Sep.
///
/// | today  | 5А counted          | 5Б counted                         | school                   |
/// |--------|---------------------|------------------------------------|--------------------------|
/// | 1 Dec  | 5 5 5 5             | Переводов 2 2 4 → 2.67 → 3; Бэшкин 4 → н/а | N 6: успеваемость 83.33 |
/// | 1 Oct  | 5 5 5 5             | Переводов 3; Бэшкин мало отметок   | N 5: успеваемость 100.00 |
@Suite struct DistrictCountingTests {
    let scratch = ScratchFolder()

    private static func day(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: 2026, month: month, day: day)! }

    private func school() throws -> Journal {
        let journal = try Journal(path: scratch.path("school.sqlite"), user: "teacher")
        try journal.saveSchoolSettings(SchoolSettings.defaults(schoolName: "Школа", schoolYearStarting: 2026))
        let a = try journal.findOrCreateClass(named: "5А"), b = try journal.findOrCreateClass(named: "5Б")
        let maths = try journal.findOrCreateSubject(named: "Математика")
        let good = try (1...4).map { try journal.addStudent(classID: a.id, lastName: "Отличник\($0)", firstName: "Имя") }
        let leaver = try journal.addStudent(classID: a.id, lastName: "Уходов", firstName: "Имя")
        let mover = try journal.addStudent(classID: a.id, lastName: "Переводов", firstName: "Имя")
        let other = try journal.addStudent(classID: b.id, lastName: "Бэшкин", firstName: "Имя")
        for day in [10, 17] {
            let column = try journal.addColumn(classID: a.id, subjectID: maths.id, date: Self.day(9, day), kindCode: "answer")
            for student in good { try journal.setEntry(columnID: column.id, studentID: student.id, to: .mark(5)) }
            try journal.setEntry(columnID: column.id, studentID: leaver.id, to: .mark(2))
            try journal.setEntry(columnID: column.id, studentID: mover.id, to: .mark(2))
        }
        try journal.leave(studentID: leaver.id, date: Self.day(9, 20), reason: "переезд")
        try journal.transfer(studentID: mover.id, toClassID: b.id, date: Self.day(9, 20))
        let lastInA = try journal.addColumn(classID: a.id, subjectID: maths.id, date: Self.day(9, 24), kindCode: "answer")
        for student in good { try journal.setEntry(columnID: lastInA.id, studentID: student.id, to: .mark(5)) }
        let inB = try journal.addColumn(classID: b.id, subjectID: maths.id, date: Self.day(9, 24), kindCode: "answer")
        try journal.setEntry(columnID: inB.id, studentID: mover.id, to: .mark(4))
        try journal.setEntry(columnID: inB.id, studentID: other.id, to: .mark(4))
        return journal
    }

    @Test func eachStudentCountsAsHisClassCountsHim() throws {
        let journal = try school()
        let line = try DistrictBuilder(thresholds: DistrictThresholds(), today: Self.day(12, 1)).school(journal, path: "school.sqlite", term: 1)
        let s = line.statistics
        #expect((s.enrolled, s.counted, s.n5, s.n3, s.n2, s.notAttested) == (6, 6, 4, 1, 0, 1))
        #expect(s.progress?.shown == "83.33")
        #expect(line.subjects.map(\.statistics) == [s])
        // The same as the two classes' own summaries added.
        let settings = try journal.schoolSettings(today: Self.day(12, 1))
        let builder = SummaryBuilder(journal: journal, settings: settings, today: Self.day(12, 1))
        let classes = try ["5А", "5Б"].map { try builder.subject(className: $0, subject: "Математика", period: .term(1)).statistics }
        #expect(s == ClassStatistics.total(classes))
        #expect(line.below == [.progress])
    }

    @Test func tooFewMarksWhileTheTermRunsIsNotANotAttested() throws {
        let journal = try school()
        let line = try DistrictBuilder(thresholds: DistrictThresholds(), today: Self.day(10, 1)).school(journal, path: "school.sqlite", term: 1)
        let s = line.statistics
        #expect((s.enrolled, s.tooFewMarks, s.counted, s.notAttested) == (6, 1, 5, 0))
        #expect(s.progress?.shown == "100.00")
        #expect(line.below.isEmpty)
    }
}
