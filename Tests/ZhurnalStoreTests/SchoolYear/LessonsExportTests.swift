import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// `export lessons`: date, lesson number, kind, topic, homework and the number of marks.
@Suite struct LessonsExportTests {
    let scratch = Scratch()

    @Test func rowsInDateOrderWithTheirMarks() throws {
        let journal = try scratch.journal()
        let calendar = try SchoolYearFiles.school(journal)
        _ = try journal.generateLessons(dates: d("2026-09-07")...d("2026-09-07"), calendar: calendar, kindCode: "answer")
        let seventh = try #require(try journal.schoolClass(named: "7А"))
        let algebra = try #require(try journal.findSubject(named: "Алгебра"))
        let a = try journal.addStudent(classID: seventh.id, lastName: "Азаров", firstName: "Иван")
        let b = try journal.addStudent(classID: seventh.id, lastName: "Бобров", firstName: "Пётр")
        var columns = try journal.columns(classID: seventh.id, subjectID: algebra.id)
        _ = try journal.setEntry(columnID: columns[0].id, studentID: a.id, to: .double(5, 4))
        _ = try journal.setEntry(columnID: columns[0].id, studentID: b.id, to: .absence(.absent))
        columns[1].homework = "№ 5\tи № 6"
        try journal.updateColumn(columns[1])
        let rows = try LessonsExport.rows(from: journal, kinds: WorkKind.defaults, classID: seventh.id, subjectID: algebra.id,
                                          dates: nil)
        #expect(LessonsExport.csv(rows) == [["date", "lesson", "work", "topic", "homework", "marks"],
                                            ["2026-09-07", "1", "ответ на уроке", "", "", "2"],
                                            ["2026-09-07", "2", "ответ на уроке", "", "№ 5\tи № 6", "0"]])
        #expect(LessonsExport.json(rows, className: "7А", subject: "Алгебра").rendered().contains("\"lesson\": 2"))
    }

    @Test func snapshotsKeepLessonNumberHomeworkAndPlanMark() {
        let snapshot = ColumnSnapshot(date: d("2026-09-07"), kindCode: "answer", weight: nil, topic: "Тема\tс табом",
                                      position: 2, lesson: 3, homework: "§ 1 | \\ и\tтаб", topicFromPlan: true)
        #expect(ColumnSnapshot(encoded: snapshot.encoded) == snapshot)
        let plain = ColumnSnapshot(date: d("2026-09-07"), kindCode: "К", weight: nil, topic: "Дроби", position: 0)
        #expect(plain.encoded == "2026-09-07\tК\t\t0\tДроби")
    }
}
