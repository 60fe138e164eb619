import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// One answer to "which terms does this class have" (docs/rules.md §6):
/// a 10th grade on half-years while a 7th grade keeps quarters — for term numbers, final-mark
/// imports and locks, which name their term by the calendar's kind.
@Suite struct ClassCalendarTests {
    let scratch = Scratch()
    static let november = LocalDate(year: 2026, month: 11, day: 16)!
    static let february = LocalDate(year: 2027, month: 2, day: 8)!

    /// A journal with 7А and 10Б, one subject, a student and a November lesson each, and grades
    /// 10–11 on half-years.
    struct School {
        let journal: Journal
        let subject: Subject
        let seventh: (schoolClass: SchoolClass, student: Student, column: LessonColumn)
        let tenth: (schoolClass: SchoolClass, student: Student, column: LessonColumn)

        init(_ journal: Journal) throws {
            self.journal = journal
            subject = try journal.findOrCreateSubject(named: "Алгебра")
            func make(_ name: String) throws -> (SchoolClass, Student, LessonColumn) {
                let schoolClass = try journal.findOrCreateClass(named: name)
                let student = try journal.addStudent(classID: schoolClass.id, lastName: "Иванов", firstName: name)
                let column = try journal.addColumn(classID: schoolClass.id, subjectID: try journal.findOrCreateSubject(named: "Алгебра").id,
                                                   date: ClassCalendarTests.november, kindCode: "answer")
                return (schoolClass, student, column)
            }
            seventh = try make("7А")
            tenth = try make("10Б")
            let school = SchoolCalendar(terms: .quarters(schoolYearStarting: 2026))
                .replacingTerms(with: .semesters(schoolYearStarting: 2026), grades: GradeRange(10, 11))
            try journal.saveSchoolCalendar(school, today: Scratch.endOfYear)
        }
    }

    @Test func aClassGetsItsParallelsTermsElseTheSchools() throws {
        let school = try School(try scratch.journal())
        let tenth = try school.journal.termCalendar(forClass: "10Б")
        #expect(tenth.kind == .halfYear)
        #expect(tenth.term(containing: Self.november)?.number == 1)
        #expect(try school.journal.termCalendar(forClass: "7А").kind == .quarter)
        #expect(try school.journal.termCalendar(forClass: "7А").term(containing: Self.november)?.number == 2)
        // A class whose name has no grade follows the school.
        #expect(try school.journal.termCalendar(forClass: "Кружок").kind == .quarter)
        // The school's terms may be given (a report's settings), the parallels' still apply.
        let trimesters = TermCalendar.trimesters(schoolYearStarting: 2026)
        #expect(try school.journal.termCalendar(forClass: "7А", schoolTerms: trimesters) == trimesters)
        #expect(try school.journal.termCalendar(forClass: "10Б", schoolTerms: trimesters).kind == .halfYear)
    }

    @Test func aLockedQuarterHoldsQuarterClassesOnly() throws {
        let school = try School(try scratch.journal())
        let j = school.journal
        try j.setTermLocked(true, term: TermLock(term: 2, kind: .quarter))
        let history = try j.recentHistory(limit: 100).count
        #expect(throws: StoreError.termLocked(2)) {
            try j.setEntry(columnID: school.seventh.column.id, studentID: school.seventh.student.id, to: .mark(5))
        }
        #expect(throws: StoreError.termLocked(2)) {
            try j.setFinalMark(studentID: school.seventh.student.id, subjectID: school.subject.id, term: 2, to: "5")
        }
        #expect(try j.recentHistory(limit: 100).count == history)
        #expect(try j.entry(columnID: school.seventh.column.id, studentID: school.seventh.student.id) == nil)
        // The same November in 10Б is its first half-year: open; so is its second half-year.
        #expect(try j.setEntry(columnID: school.tenth.column.id, studentID: school.tenth.student.id, to: .mark(5)))
        #expect(try j.setFinalMark(studentID: school.tenth.student.id, subjectID: school.subject.id, term: 2, to: "4"))
    }

    @Test func aLockedHalfYearHoldsHalfYearClassesOnly() throws {
        let school = try School(try scratch.journal())
        let j = school.journal
        try j.setTermLocked(true, term: TermLock(term: 1, kind: .halfYear))
        #expect(throws: StoreError.termLocked(1)) {
            try j.setEntry(columnID: school.tenth.column.id, studentID: school.tenth.student.id, to: .mark(5))
        }
        #expect(throws: StoreError.termLocked(1)) {
            try j.addColumn(classID: school.tenth.schoolClass.id, subjectID: school.subject.id,
                            date: LocalDate(year: 2026, month: 12, day: 21)!, kindCode: "answer")
        }
        #expect(throws: StoreError.termLocked(1)) {
            try j.setFinalMark(studentID: school.tenth.student.id, subjectID: school.subject.id, term: 1, to: "5")
        }
        #expect(try j.columns(classID: school.tenth.schoolClass.id, subjectID: school.subject.id).count == 1)
        #expect(try j.entry(columnID: school.tenth.column.id, studentID: school.tenth.student.id) == nil)
        // 7А on quarters: November and its first quarter stay open.
        #expect(try j.setEntry(columnID: school.seventh.column.id, studentID: school.seventh.student.id, to: .mark(4)))
        #expect(try j.setFinalMark(studentID: school.seventh.student.id, subjectID: school.subject.id, term: 1, to: "4"))
        // February is 10Б's second half-year: open.
        let february = try j.addColumn(classID: school.tenth.schoolClass.id, subjectID: school.subject.id,
                                       date: Self.february, kindCode: "answer")
        #expect(try j.setEntry(columnID: february.id, studentID: school.tenth.student.id, to: .mark(5)))
    }

    @Test func undoIntoALockedHalfYearIsRefused() throws {
        let school = try School(try scratch.journal())
        let j = school.journal
        try j.setEntry(columnID: school.tenth.column.id, studentID: school.tenth.student.id, to: .mark(5))
        try j.setTermLocked(true, term: TermLock(term: 1, kind: .halfYear))
        #expect(throws: StoreError.termLocked(1)) { try j.undo() }
        #expect(try j.entry(columnID: school.tenth.column.id, studentID: school.tenth.student.id) == .mark(5))
    }

    @Test func locksAreKeptByKindAndOlderBareNumbersAreTheSchoolsKind() throws {
        let school = try School(try scratch.journal())
        let j = school.journal
        try j.setTermLocked(true, term: TermLock(term: 1, kind: .halfYear))
        try j.setTermLocked(true, term: TermLock(term: 2, kind: .quarter))
        let other = try scratch.journal(user: "other")
        #expect(try other.lockedTerms() == [TermLock(term: 1, kind: .halfYear), TermLock(term: 2, kind: .quarter)])
        try j.setSetting(Data("3".utf8), named: WritePolicy.locksKey)
        #expect(try j.lockedTerms() == [TermLock(term: 3, kind: .quarter)])
    }

    @Test func finalMarksImportNumbersTermsByTheClassCalendar() throws {
        let school = try School(try scratch.journal())
        let header = "class,subject,term,student,mark,reason\n"
        #expect(throws: ImportFailure.self) {
            try school.journal.importFinalMarks(Array((header + "10Б,Алгебра,3,Иванов 10Б,5,\n").utf8))
        }
        #expect(try school.journal.finalMarks(studentID: school.tenth.student.id).isEmpty)
        #expect(try school.journal.importFinalMarks(Array((header + "7А,Алгебра,3,Иванов 7А,5,\n10Б,Алгебра,2,Иванов 10Б,4,\n").utf8)) == 2)
    }
}
