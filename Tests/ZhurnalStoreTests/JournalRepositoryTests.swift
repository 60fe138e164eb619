import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

@Suite struct JournalRepositoryTests {
    let scratch = Scratch()

    @Test func classesAndSubjectsAreFoundOrCreated() throws {
        let journal = try scratch.journal()
        let a = try journal.findOrCreateClass(named: "10Б")
        #expect(try journal.findOrCreateClass(named: " 10Б ") == a)
        _ = try journal.findOrCreateClass(named: "5А")
        #expect(try journal.classes().map(\.name) == ["5А", "10Б"])
        let physics = try journal.findOrCreateSubject(named: "Физика")
        #expect(try journal.findOrCreateSubject(named: "Физика") == physics)
        _ = try journal.findOrCreateSubject(named: "Алгебра")
        #expect(try journal.subjects().map(\.name) == ["Алгебра", "Физика"])
        _ = try journal.addColumn(classID: a.id, subjectID: physics.id, date: LocalDate(year: 2026, month: 9, day: 3)!,
                                  kindCode: "О")
        #expect(try journal.subjects(withColumnsInClass: a.id) == [physics])
    }

    @Test func studentsAreListedAndFoundByName() throws {
        let fixture = try Fixture(try scratch.journal())
        let journal = fixture.journal
        let classID = fixture.schoolClass.id
        // the class list in Russian order: Петрова Анна Ивановна before Петрова Анна Сергеевна
        let listed = [fixture.students[0], fixture.students[2], fixture.students[1]]
        #expect(try journal.students(classID: classID) == listed)
        #expect(try journal.findStudent(named: "иванов  петр", classID: classID) == .found(fixture.students[0]))
        #expect(try journal.findStudent(named: "Петрова Анна", classID: classID)
            == .ambiguous([fixture.students[2], fixture.students[1]]))
        #expect(try journal.findStudent(named: "Петрова Анна Ивановна", classID: classID) == .found(fixture.students[2]))
        #expect(try journal.findStudent(named: "Сидоров Иван", classID: classID) == .notFound)
        // a surname alone finds its only student; a shared one is ambiguous
        #expect(try journal.findStudent(named: "Иванов", classID: classID) == .found(fixture.students[0]))
        #expect(try journal.findStudent(named: "петрова", classID: classID) == .ambiguous([fixture.students[2], fixture.students[1]]))
        #expect(try journal.student(id: fixture.students[1].id)?.fullName == "Петрова Анна Сергеевна")
    }

    @Test func gridLoadsColumnsStudentsAndEntries() throws {
        let fixture = try Fixture(try scratch.journal())
        let journal = fixture.journal
        let (early, late) = (fixture.columns[1], fixture.columns[0])
        try journal.setEntry(columnID: late.id, studentID: fixture.students[0].id, to: .mark(5))
        try journal.setEntry(columnID: early.id, studentID: fixture.students[0].id, to: .exempt)
        try journal.setEntry(columnID: early.id, studentID: fixture.students[2].id, to: .double(3, 4))
        let grid = try journal.grid(classID: fixture.schoolClass.id, subjectID: fixture.subject.id)
        #expect(grid.columns == [early, late])
        #expect(grid.students == [fixture.students[0], fixture.students[2], fixture.students[1]])
        #expect(grid[column: late.id, student: fixture.students[0].id] == .mark(5))
        #expect(grid[column: early.id, student: fixture.students[0].id] == .exempt)
        #expect(grid[column: early.id, student: fixture.students[2].id] == .double(3, 4))
        #expect(grid[column: late.id, student: fixture.students[1].id] == nil)
        let day = LocalDate(year: 2026, month: 9, day: 2)!
        let later = try journal.grid(classID: fixture.schoolClass.id, subjectID: fixture.subject.id, dates: day...day)
        #expect(later.columns == [late])
        #expect(later.entries.count == 1)
        #expect(try journal.columns(classID: fixture.schoolClass.id, subjectID: fixture.subject.id) == [early, late])
    }

    @Test func gridsOfAClassCoverEverySubject() throws {
        let fixture = try Fixture(try scratch.journal())
        let journal = fixture.journal
        let russian = try journal.findOrCreateSubject(named: "Русский язык")
        let dictation = try journal.addColumn(classID: fixture.schoolClass.id, subjectID: russian.id,
                                              date: LocalDate(year: 2026, month: 9, day: 1)!, kindCode: "Д")
        try journal.setEntry(columnID: dictation.id, studentID: fixture.students[1].id, to: .mark(2))
        try journal.setEntry(columnID: fixture.columns[0].id, studentID: fixture.students[1].id, to: .mark(5))
        let grids = try journal.grids(classID: fixture.schoolClass.id)
        #expect(Set(grids.keys) == [fixture.subject.id, russian.id])
        #expect(grids[russian.id]?.columns == [dictation])
        #expect(grids[russian.id]?.entries == [CellKey(columnID: dictation.id, studentID: fixture.students[1].id): .mark(2)])
        #expect(grids[fixture.subject.id]?.columns.count == 2)
        #expect(grids[fixture.subject.id]?.entries.count == 1)
        let empty = try journal.findOrCreateSubject(named: "Музыка")
        let none = try journal.grid(classID: fixture.schoolClass.id, subjectID: empty.id)
        #expect(none.columns.isEmpty && none.students == [fixture.students[0], fixture.students[2], fixture.students[1]])
    }

    @Test func columnsOfOneDateAreOrderedByPosition() throws {
        let fixture = try Fixture(try scratch.journal())
        let date = fixture.columns[0].date
        let second = try fixture.journal.addColumn(classID: fixture.schoolClass.id, subjectID: fixture.subject.id,
                                                   date: date, kindCode: "Д")
        #expect(second.position == 1)
        let ids = try fixture.journal.columns(classID: fixture.schoolClass.id, subjectID: fixture.subject.id).map(\.id)
        #expect(ids == [fixture.columns[1].id, fixture.columns[0].id, second.id])
    }

    @Test func entriesRefuseUnknownColumnsAndStudentsOfOtherClasses() throws {
        let fixture = try Fixture(try scratch.journal())
        let other = try fixture.journal.findOrCreateClass(named: "8В")
        let stranger = try fixture.journal.addStudent(classID: other.id, lastName: "Сидоров", firstName: "Иван")
        #expect(throws: StoreError.noSuchStudent(stranger.id)) {
            try fixture.journal.setEntry(columnID: fixture.columns[0].id, studentID: stranger.id, to: .mark(5))
        }
        #expect(throws: StoreError.noSuchColumn(12345)) {
            try fixture.journal.setEntry(columnID: 12345, studentID: stranger.id, to: .mark(5))
        }
    }

    @Test func settingsStoreBlobsByName() throws {
        let journal = try scratch.journal()
        #expect(try journal.setting(named: "thresholds") == nil)
        try journal.setSetting(Data([1, 2, 3]), named: "thresholds")
        try journal.setSetting(Data(), named: "empty")
        #expect(try journal.setting(named: "thresholds") == Data([1, 2, 3]))
        #expect(try journal.setting(named: "empty") == Data())
        try journal.setSetting(nil, named: "thresholds")
        #expect(try journal.setting(named: "thresholds") == nil)
    }
}
