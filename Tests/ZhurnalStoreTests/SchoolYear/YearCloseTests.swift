import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// The year's end in the store (docs/user-guide.md §17): the closed year kept in a copy
/// beside the journal, the journal moved into the next year in one transaction; every refusal
/// leaves the file and its folder as they were.
@Suite struct YearCloseTests {
    let scratch = Scratch()

    /// 7А (the fixture: three students with marks, one of whom left), 8А with one student, 9А
    /// with two, 11А with one; the admin leads nothing, «head7» leads 7А, «head9» 9А.
    private func school(user: String = "admin") throws -> (Fixture, classes: [String: SchoolClass]) {
        let f = try Fixture(try scratch.journal(user: user))
        let j = f.journal
        try j.setEntry(columnID: f.columns[0].id, studentID: f.students[0].id, to: .mark(5))
        try j.setFinalMark(studentID: f.students[0].id, subjectID: f.subject.id, term: 1, to: "5")
        try j.leave(studentID: f.students[2].id, date: LocalDate(year: 2026, month: 12, day: 1)!, reason: "переезд")
        var classes = ["7А": f.schoolClass]
        for (name, pupils) in [("8А", ["Орлов"]), ("9А", ["Зайцев", "Волков"]), ("11А", ["Соколов"])] {
            let schoolClass = try j.findOrCreateClass(named: name)
            classes[name] = schoolClass
            for pupil in pupils { try j.addStudent(classID: schoolClass.id, lastName: pupil, firstName: "Иван") }
        }
        try j.setCurriculum(classID: f.schoolClass.id, subjectID: f.subject.id, teacher: "head7")
        try j.setTimetableLesson(classID: f.schoolClass.id, weekday: 1, lesson: 1, subjectID: f.subject.id)
        try j.setStaffMember(StaffMember(login: "admin", lastName: "Админова", firstName: "Анна", roles: [.admin]))
        try j.setStaffMember(StaffMember(login: "head7", lastName: "Учителева", firstName: "Ольга", roles: [.teacher, .classTeacher("7А")]))
        try j.setStaffMember(StaffMember(login: "head9", lastName: "Старшова", firstName: "Нина", roles: [.classTeacher("9А")]))
        return (f, classes)
    }

    private var copyPath: String { scratch.path("journal-2026-27.sqlite") }

    private func names(_ j: Journal, classNamed name: String) throws -> [String] {
        guard let schoolClass = try j.schoolClass(named: name) else { return [] }
        return try j.students(classID: schoolClass.id).map(\.lastName)
    }

    @Test func classesMoveUpGraduatesAndLeaversAreArchivedTheRepeaterStays() throws {
        let (f, classes) = try school()
        let j = f.journal
        let repeater = try j.students(classID: classes["9А"]!.id).first { $0.lastName == "Волков" }!
        let closing = try j.closeYear(repeaters: [repeater.id])
        #expect(closing == YearClosing(year: 2026, copyPath: copyPath, classesMoved: 2, graduates: 2, leavers: 1, repeaters: 1))
        #expect(closing.yearName == "2026/27")
        #expect(try j.classes().map(\.name) == ["8А", "9А"])
        #expect(try j.schoolClass(named: "8А")?.id == f.schoolClass.id)
        #expect(try names(j, classNamed: "8А") == ["Иванов", "Петрова"])
        #expect(try names(j, classNamed: "9А") == ["Волков", "Орлов"])
        #expect(try j.columns(classID: f.schoolClass.id, subjectID: f.subject.id).isEmpty)
        #expect(try j.finalMarks(studentID: f.students[0].id).isEmpty)
        #expect(try j.movements().isEmpty)
        #expect(try j.timetable(classID: f.schoolClass.id).lessons.isEmpty)
        #expect(try j.curriculum().map(\.className) == ["8А"])
        #expect(try j.schoolSettings(today: Scratch.endOfYear).calendar == .quarters(schoolYearStarting: 2027))
        #expect(try j.staffMember(login: "head7")?.roles == [.teacher, .classTeacher("8А")])
        #expect(try j.staffMember(login: "head9")?.roles == [])
        #expect(try j.recentHistory(limit: 1).first?.kind == .yearClose)
        #expect(try j.check().isEmpty)
    }

    @Test func theCopyKeepsTheClosedYearReadable() throws {
        let (f, _) = try school()
        _ = try f.journal.closeYear(repeaters: [])
        let old = try Journal(path: copyPath, readOnly: true, today: Scratch.endOfYear, user: "admin")
        #expect(try old.classes().map(\.name) == ["7А", "8А", "9А", "11А"])
        #expect(try old.entry(columnID: f.columns[0].id, studentID: f.students[0].id) == .mark(5))
        #expect(try old.movements().map(\.kind) == [.leave])
        #expect(try old.schoolSettings(today: Scratch.endOfYear).calendar == .quarters(schoolYearStarting: 2026))
        #expect(mode(of: copyPath) == 0o600)
    }

    @Test func aRepeaterOfAClassNobodyMovesIntoGetsANewClassOfHisGrade() throws {
        let (f, _) = try school()
        _ = try f.journal.closeYear(repeaters: [f.students[0].id])
        #expect(try f.journal.classes().map(\.name) == ["7А", "8А", "9А"])
        #expect(try names(f.journal, classNamed: "7А") == ["Иванов"])
        #expect(try names(f.journal, classNamed: "8А") == ["Петрова"])
    }

    @Test func aGraduatingClassKeepsItsRepeaterWhenNobodyMovesIntoIt() throws {
        let f = try Fixture(try scratch.journal())
        let eleventh = try f.journal.findOrCreateClass(named: "11А")
        let pupil = try f.journal.addStudent(classID: eleventh.id, lastName: "Соколов", firstName: "Иван")
        _ = try f.journal.closeYear(repeaters: [pupil.id])
        #expect(try f.journal.classes().map(\.name) == ["8А", "11А"])
        #expect(try f.journal.schoolClass(named: "11А")?.id == eleventh.id)
    }

    @Test func undoRefusesTheClosingAndTakesNothingBackPastIt() throws {
        let (f, _) = try school()
        _ = try f.journal.closeYear(repeaters: [])
        #expect(try f.journal.nextUndo()?.kind == .yearClose)
        #expect(throws: StoreError.yearClosed(copy: "journal-2026-27.sqlite")) { try f.journal.undo() }
        let other = try Journal(path: scratch.path("journal.sqlite"), today: Scratch.endOfYear, user: "head7")
        #expect(try other.undo() == nil)
        #expect(try f.journal.classes().map(\.name) == ["8А", "9А"])
    }

    /// Each refusal: the same error, no copy, the journal's bytes and history as they were.
    private func expectRefused(_ error: StoreError, journal: Journal, repeaters: Set<Int> = []) throws {
        let before = FileState(path: scratch.path("journal.sqlite"))
        let history = try journal.recentHistory(limit: 1000)
        #expect(throws: error) { try journal.closeYear(repeaters: repeaters) }
        #expect(!FileManager.default.fileExists(atPath: copyPath))
        #expect(FileState(path: scratch.path("journal.sqlite")) == before)
        #expect(try journal.recentHistory(limit: 1000) == history)
        #expect(try journal.classes().map(\.name) == ["7А", "8А", "9А", "11А"])
    }

    @Test func aTeacherMayNotCloseTheYear() throws {
        _ = try school()
        let teacher = try scratch.journal(user: "head7")
        try expectRefused(.notAllowed(.school), journal: teacher)
    }

    @Test func aYearStillRunningIsNotClosed() throws {
        _ = try school()
        let lastDay = LocalDate(year: 2027, month: 5, day: 31)!
        try expectRefused(.yearNotOver(endsOn: lastDay), journal: try scratch.journal(today: lastDay, user: "admin"))
    }

    /// A calendar without terms is not saved; one stored by other means is a damaged setting, and
    /// no year is closed by it.
    @Test func aCalendarWithoutTermsClosesNoYear() throws {
        let (f, _) = try school()
        var settings = try f.journal.schoolSettings(today: Scratch.endOfYear)
        settings.calendar = TermCalendar(terms: [])
        #expect(throws: StoreError.settingsOutOfRange) { try f.journal.saveSchoolSettings(settings) }
        let encoder = JSONEncoder()
        try f.journal.setSetting(try encoder.encode(settings), named: "school")
        try expectRefused(.damagedSetting("school"), journal: f.journal)
    }

    @Test func anUnknownRepeaterIsRefused() throws {
        let (f, _) = try school()
        try expectRefused(.noSuchStudent(999), journal: f.journal, repeaters: [999])
    }

    @Test func anExistingCopyIsNeverOverwritten() throws {
        let (f, _) = try school()
        FileManager.default.createFile(atPath: copyPath, contents: Data("mine".utf8))
        let before = FileState(path: scratch.path("journal.sqlite"))
        #expect(throws: StoreError.fileExists(path: copyPath)) {
            try f.journal.closeYear(repeaters: [])
        }
        #expect(FileManager.default.contents(atPath: copyPath) == Data("mine".utf8))
        #expect(FileState(path: scratch.path("journal.sqlite")) == before)
    }

    @Test func theNextYearCannotBeClosedBeforeItEnds() throws {
        let (f, _) = try school()
        _ = try f.journal.closeYear(repeaters: [])
        #expect(throws: StoreError.yearNotOver(endsOn: LocalDate(year: 2028, month: 5, day: 31)!)) {
            try f.journal.closeYear(repeaters: [])
        }
    }
}
