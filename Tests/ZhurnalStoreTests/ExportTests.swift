import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

@Suite struct ExportTests {
    let scratch = Scratch()
    let kinds = WorkKind.defaults

    /// A grid as comparable text: columns with date, kind, weight, topic-free; entries by student name.
    private func describe(_ journal: Journal) throws -> [String] {
        var lines: [String] = []
        for schoolClass in try journal.classes() {
            let students = try journal.students(classID: schoolClass.id)
            for subject in try journal.subjects() {
                let grid = try journal.grid(classID: schoolClass.id, subjectID: subject.id)
                for column in grid.columns {
                    let cells = students.map { grid[column: column.id, student: $0.id]?.description ?? "_" }
                    lines.append("\(schoolClass.name) \(subject.name) \(column.date.iso) \(column.kindCode) "
                                 + "\(column.weight?.description ?? "-") \(cells.joined(separator: " "))")
                }
            }
        }
        return lines
    }

    /// The fixture's school with its columns replaced by two of the default kinds' codes:
    /// 01.09 самостоятельная ×1.5 and 02.09 контрольная.
    private func school() throws -> (Fixture, [LessonColumn]) {
        let f = try Fixture(try scratch.journal())
        for column in f.columns { try f.journal.deleteColumn(id: column.id) }
        let columns = [
            try f.journal.addColumn(classID: f.schoolClass.id, subjectID: f.subject.id,
                                    date: LocalDate(year: 2026, month: 9, day: 1)!, kindCode: "independent",
                                    weight: Weight(hundredths: 150)),
            try f.journal.addColumn(classID: f.schoolClass.id, subjectID: f.subject.id,
                                    date: LocalDate(year: 2026, month: 9, day: 2)!, kindCode: "control"),
        ]
        return (f, columns)
    }

    @Test func anExportImportsBackIntoTheSameGrids() throws {
        let (f, columns) = try school()
        let j = f.journal
        let entries: [(Int, Int, Entry)] = [(0, 0, .mark(5)), (0, 1, .double(4, 3)), (0, 2, .absence(.ill)),
                                             (1, 0, .owed), (1, 1, .exempt), (1, 2, .mark(2))]
        for (column, student, entry) in entries {
            try j.setEntry(columnID: columns[column].id, studentID: f.students[student].id, to: entry)
        }
        let physics = try j.findOrCreateSubject(named: "Физика")
        let lab = try j.addColumn(classID: f.schoolClass.id, subjectID: physics.id,
                                  date: LocalDate(year: 2026, month: 10, day: 5)!, kindCode: "practical", weight: Weight(hundredths: 125))
        try j.setEntry(columnID: lab.id, studentID: f.students[1].id, to: .passed)

        let rows = try MarksExport.rows(from: j, kinds: kinds, className: nil, subject: nil)
        #expect(rows.count == 7)
        let csv = CSVWriter().text(MarksExport.csv(rows))

        let copy = try scratch.journal("copy.sqlite")
        let roster = "class,last_name,first_name,middle_name\n"
            + (try j.students(classID: f.schoolClass.id)).map { "7А,\($0.lastName),\($0.firstName),\($0.middleName)" }
            .joined(separator: "\n")
        _ = try copy.importRoster(Array(roster.utf8), className: nil)
        #expect(try copy.importMarks(Array(csv.utf8), kinds: kinds) == MarksImportResult(entries: 7, columns: 3))
        #expect(try describe(copy) == describe(j))
        #expect(try describe(j) == [
            "7А Математика 2026-09-01 independent 1.5 5 б 4/3",
            "7А Математика 2026-09-02 control - • 2 осв",
            "7А Физика 2026-10-05 practical 1.25 _ _ зч",
        ])
    }

    @Test func aSharedNameIsExportedWithTheMiddleName() throws {
        let (f, columns) = try school()
        let j = f.journal
        for (student, mark) in zip(f.students, [5, 4, 3]) {
            try j.setEntry(columnID: columns[1].id, studentID: student.id, to: .mark(mark))
        }
        let rows = try MarksExport.rows(from: j, kinds: kinds, className: "7а", subject: "математика")
        // the class list's Russian order: Ивановна before Сергеевна
        #expect(rows.map(\.student) == ["Иванов Пётр", "Петрова Анна Ивановна", "Петрова Анна Сергеевна"])
        #expect(rows.map(\.work) == ["контрольная работа", "контрольная работа", "контрольная работа"])
        #expect(rows.map(\.date.iso) == ["2026-09-02", "2026-09-02", "2026-09-02"])
        let json = MarksExport.json(rows, school: "Школа").rendered()
        #expect(json.contains("\"student\": \"Петрова Анна Ивановна\""))
        #expect(json.contains("\"weight\": null"))
        #expect(throws: MarksExport.Failure.unknownClass("9Б")) {
            try MarksExport.rows(from: j, kinds: kinds, className: "9Б", subject: nil)
        }
        #expect(throws: MarksExport.Failure.unknownSubject("Химия")) {
            try MarksExport.rows(from: j, kinds: kinds, className: nil, subject: "Химия")
        }
    }
}
