import Foundation
import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// docs/rules.md §5: a school moving to Zhurnal in January imports the autumn quarters'
/// final marks and no lessons — those terms count; and the year mark is set on screen (the
/// student card, `g`).
@Suite struct YearMarkImportTests {
    let scratch = ScratchFolder()
    static let today = LocalDate(year: 2027, month: 4, day: 10)!

    /// 8А: Андреев 5, 5 imported and 4 4 4 in term 3; Белова 3, 3 imported and 3 3 3; Волков no
    /// imported mark and 5 5 5. Алгебра exists only through the final-marks import.
    private func journal() throws -> Journal {
        let journal = try Journal(path: scratch.path("year.sqlite"), today: Self.today, user: "teacher")
        try journal.saveSchoolSettings(SchoolSettings.defaults(schoolYearStarting: 2026))
        _ = try journal.importRoster(Array("фамилия,имя\nАндреев,Антон\nБелова,Вера\nВолков,Глеб\n".utf8), className: "8А")
        #expect(try journal.importFinalMarks(Array("""
            класс,предмет,четверть,ученик,отметка
            8А,Алгебра,1,Андреев Антон,5
            8А,Алгебра,2,Андреев Антон,5
            8А,Алгебра,1,Белова Вера,3
            8А,Алгебра,2,Белова Вера,3

            """.utf8)) == 4)
        let schoolClass = try #require(try journal.schoolClass(named: "8А"))
        let algebra = try journal.findOrCreateSubject(named: "Алгебра")
        let students = try journal.students(classID: schoolClass.id)
        for day in [15, 22, 29] {
            let column = try journal.addColumn(classID: schoolClass.id, subjectID: algebra.id,
                                               date: LocalDate(year: 2027, month: 1, day: day)!, kindCode: "answer")
            for (student, mark) in zip(students, [4, 3, 5]) { try journal.setEntry(columnID: column.id, studentID: student.id, to: .mark(mark)) }
        }
        return journal
    }

    @Test func importedTermsWithoutLessonsCount() throws {
        let journal = try journal()
        let builder = SummaryBuilder(journal: journal, settings: try journal.schoolSettings(today: Self.today), today: Self.today)
        let year = try builder.subject(className: "8А", subject: "Алгебра", period: .year)
        // Андреев (5 + 5 + 4) / 3 = 4.67 → 5 (not 4 from term 3 alone); Белова 3; Волков: only term 3 counts, 5.
        #expect(year.rows.map(\.recommended) == [.mark(5), .mark(3), .mark(5)])
        #expect(year.interim)
    }

    @Test func theYearMarkIsSetOnTheStudentCard() throws {
        let journal = try journal()
        let session = try JournalSession(journal: journal, today: Self.today)
        let schoolClass = try #require(try journal.schoolClass(named: "8А"))
        let student = try journal.students(classID: schoolClass.id)[0]
        let term = try #require(session.settings.calendar.term(number: 4))
        let card = try StudentCardScreen(session: session, classID: schoolClass.id, studentID: student.id, term: term)
        var shell = AppShell(root: card, size: Size(width: 100, height: 30), context: DrawContext(language: .ru))
        shell.handle(.char("g"))
        let form = try #require(shell.top as? YearMarkScreen)
        #expect(form.recommended == .mark(5))
        // its help lists a mark field and a text field, nothing of the grid
        let helps = shell.helpEntries.map(\.help)
        #expect(helps.contains(.journal(.keyTypeMark)) && helps.contains(.keyTypeText))
        #expect(!helps.contains(.journal(.keyEnter)) && !helps.contains(.journal(.keyMove)))
        #expect(shell.frame.contains { $0.contains("Годовая отметка: Андреев Антон") })
        // a mark other than the computed one needs a reason: nothing is saved without it
        shell.type("<bs>4<enter>")
        #expect(shell.top is YearMarkScreen)
        #expect(try journal.finalMarks(studentID: student.id).filter { $0.term == 0 }.isEmpty)
        shell.type("олимпиада<enter>")
        #expect(!(shell.top is YearMarkScreen))
        let year = try journal.finalMarks(studentID: student.id).filter { $0.term == 0 }
        #expect(year.map(\.value) == ["4"] && year.map(\.reason) == ["олимпиада"])
    }

    /// While the year is locked the store refuses the year mark and nothing changes.
    @Test func aLockedYearRefusesTheYearMark() throws {
        let journal = try journal()
        let session = try JournalSession(journal: journal, today: Self.today)
        try journal.setTermLocked(true, term: TermLock(term: 0, kind: .quarter))
        let student = try journal.students(classID: try #require(try journal.schoolClass(named: "8А")).id)[0]
        #expect(throws: StoreError.termLocked(0)) {
            try session.saveYearMark(.mark(5), reason: "", student: student.id, subject: journal.findOrCreateSubject(named: "Алгебра").id)
        }
        #expect(try journal.finalMarks(studentID: student.id).filter { $0.term == 0 }.isEmpty)
    }
}
