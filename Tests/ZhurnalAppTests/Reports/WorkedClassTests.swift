import HostileSupport
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// One class worked by hand (docs/rules.md §7, statistics and who is counted): ten
/// students in 7А, Алгебра, quarter 1 (01.09–31.10.2026), lessons 08.09 ответ (×1), 15.09 тест
/// (×2), 06.10 ответ, 20.10 тест, 27.10 ответ. Яковлев leaves on 30.09, Иванов moves to 7Б on
/// 01.10, Новиков arrives on 01.10; Зайцева is exempt (осв); Жуков has one mark (н on the rest).
///
/// By hand, on 31.10 the class has 9 students (8 of the 10, and Новиков); without Зайцева N = 8:
/// Андреев 5 (5.00), Белова 5 (28/6 = 4.67), Васильев 4 (4.00), Григорьева 4 (23/6 = 3.83),
/// Дмитриев 3 (3.00), Егорова 2 (15/6 = 2.50), Жуков н/а (one mark), Новиков 4 (18/4 = 4.50).
/// n5 = 2, n4 = 3, n3 = 1, n2 = 1, н/а = 1: успеваемость 6/8 = 75.00, качество 5/8 = 62.50,
/// СОУ (200 + 192 + 36 + 16 + 7)/8 = 56.375 → 56.38, средний балл 27/7 = 3.857 → 3.86. In 7Б
/// Иванов's average takes 7А's 5 and 4 with 7Б's 5 and 4: 26/6 = 4.33 → 4. Attendance: 8 students
/// × 5 lessons, Яковлев and Иванов 2 each, Новиков 3 = 47 lessons, Жуков's 3 missed = 6.38 %.
@Suite struct WorkedClassTests {
    let scratch = ScratchFolder()

    private static func day(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: 2026, month: month, day: day)! }

    @Test func theStatisticsAreTheHandCalculation() throws {
        let j = try Journal(path: scratch.path("journal.sqlite"), today: Self.day(11, 5), user: "teacher")
        let seventhA = try j.findOrCreateClass(named: "7А"), seventhB = try j.findOrCreateClass(named: "7Б")
        let algebra = try j.findOrCreateSubject(named: "Алгебра")
        let names = ["Андреев", "Белова", "Васильев", "Григорьева", "Дмитриев", "Егорова", "Жуков", "Зайцева", "Иванов", "Яковлев"]
        var s: [String: Student] = [:]
        for name in names { s[name] = try j.addStudent(classID: seventhA.id, lastName: name, firstName: "Ученик") }
        let lessons = [(Self.day(9, 8), "answer"), (Self.day(9, 15), "test"), (Self.day(10, 6), "answer"),
                       (Self.day(10, 20), "test"), (Self.day(10, 27), "answer")]
        let columns = try lessons.map { try j.addColumn(classID: seventhA.id, subjectID: algebra.id, date: $0.0, kindCode: $0.1) }
        let marks: [String: [Entry?]] = [
            "Андреев": [.mark(5), .mark(5), .mark(5), .mark(5)], "Белова": [.mark(4), .mark(5), .mark(4), .mark(5)],
            "Васильев": [.mark(4), .mark(4), .mark(4), .mark(4)], "Григорьева": [.mark(3), .mark(4), .mark(4), .mark(4)],
            "Дмитриев": [.mark(3), .mark(3), .mark(3), .mark(3)], "Егорова": [.mark(2), .mark(3), .mark(3), .mark(2)],
            "Жуков": [.mark(4), .absence(.absent), .absence(.absent), .absence(.absent)],
            "Иванов": [.mark(5), .mark(4)], "Яковлев": [.mark(2), .mark(2)],
        ]
        for (name, entries) in marks {
            for (column, entry) in zip(columns, entries) { try j.setEntry(columnID: column.id, studentID: s[name]!.id, to: entry) }
        }
        _ = try j.setFinalMark(studentID: s["Зайцева"]!.id, subjectID: algebra.id, term: 1, to: "осв", reason: "справка")
        try j.leave(studentID: s["Яковлев"]!.id, date: Self.day(9, 30), reason: "переезд")
        try j.transfer(studentID: s["Иванов"]!.id, toClassID: seventhB.id, date: Self.day(10, 1))
        let newcomer = try j.arrive(classID: seventhA.id, lastName: "Новиков", firstName: "Ученик", date: Self.day(10, 1))
        for (column, mark) in zip(columns[2...], [5, 4, 5]) { try j.setEntry(columnID: column.id, studentID: newcomer.id, to: .mark(mark)) }
        for (date, mark) in [(Self.day(10, 6), 5), (Self.day(10, 20), 4)] {
            let column = try j.addColumn(classID: seventhB.id, subjectID: algebra.id, date: date, kindCode: date.day == 6 ? "answer" : "test")
            try j.setEntry(columnID: column.id, studentID: s["Иванов"]!.id, to: .mark(mark))
        }

        let builder = SummaryBuilder(journal: j, settings: try j.schoolSettings(today: Self.day(11, 5)), today: Self.day(11, 5))
        let summary = try builder.subject(className: "7А", subject: "Алгебра", period: .term(1))
        let counted = summary.rows.filter(\.enrolled)
        #expect(counted.count == 9)
        let marksShown = Dictionary(uniqueKeysWithValues: counted.map { ($0.name.split(separator: " ")[0], $0.effective?.description ?? "—") })
        #expect(marksShown == ["Андреев": "5", "Белова": "5", "Васильев": "4", "Григорьева": "4", "Дмитриев": "3",
                               "Егорова": "2", "Жуков": "н/а", "Зайцева": "осв", "Новиков": "4"])
        let stats = summary.statistics
        #expect(stats.enrolled - stats.exempt == 8)
        #expect([stats.n5, stats.n4, stats.n3, stats.n2, stats.notAttested] == [2, 3, 1, 1, 1])
        #expect([stats.progress, stats.quality, stats.sou, stats.meanMark].map { $0?.shown } == ["75.00", "62.50", "56.38", "3.86"])

        let moved = try #require(try builder.subject(className: "7Б", subject: "Алгебра", period: .term(1)).rows.first)
        #expect(moved.average?.shown == "4.33" && moved.effective?.description == "4")

        let attendance = try builder.attendance(className: "7А", term: 1)
        #expect(attendance.rows.map(\.tally.lessons).reduce(0, +) == 47)
        #expect(attendance.rows.map(\.tally.missed).reduce(0, +) == 3)
    }
}
