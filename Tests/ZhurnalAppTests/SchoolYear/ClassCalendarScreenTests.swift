import Foundation
import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// A 10th grade on half-years and a 7th grade on quarters in one school (docs/rules.md §6): the
/// grid, the reports and the locks of each follow its own calendar.
@Suite struct ClassCalendarScreenTests {
    let scratch = ScratchFolder()
    static let today = LocalDate(year: 2026, month: 12, day: 20)!

    /// 7А and 10Б, Алгебра each, one student with a 2 on 14.09 and a 5 on 16.11 and 14.12.
    struct School {
        let journal: Journal
        let session: JournalSession

        init(_ scratch: ScratchFolder) throws {
            journal = try Journal(path: scratch.path("journal.sqlite"), today: ClassCalendarScreenTests.today, user: "teacher")
            let subject = try journal.findOrCreateSubject(named: "Алгебра")
            for name in ["7А", "10Б"] {
                let schoolClass = try journal.findOrCreateClass(named: name)
                let student = try journal.addStudent(classID: schoolClass.id, lastName: "Иванов", firstName: "Пётр")
                for (month, day, mark) in [(9, 14, 2), (11, 16, 5), (12, 14, 5)] {
                    let column = try journal.addColumn(classID: schoolClass.id, subjectID: subject.id,
                                                       date: LocalDate(year: 2026, month: month, day: day)!, kindCode: "answer")
                    try journal.setEntry(columnID: column.id, studentID: student.id, to: .mark(mark))
                }
            }
            let calendar = SchoolCalendar(terms: .quarters(schoolYearStarting: 2026))
                .replacingTerms(with: .semesters(schoolYearStarting: 2026), grades: GradeRange(10, 11))
            try journal.saveSchoolCalendar(calendar, today: ClassCalendarScreenTests.today)
            session = try JournalSession(journal: journal, today: ClassCalendarScreenTests.today)
        }

        func pair(_ name: String) throws -> ClassSubject {
            try #require(try session.classSubjects().first { $0.className == name })
        }

        func shell(_ name: String) throws -> AppShell {
            AppShell(root: try JournalGridScreen(session: session, pair: pair(name)), size: Size(width: 100, height: 30),
                     context: DrawContext(language: .ru))
        }
    }

    @Test func theGridNamesAndSpansTheClassTerm() throws {
        let school = try School(scratch)
        var tenth = try school.shell("10Б")
        #expect(tenth.frame[1].hasPrefix("10Б · Алгебра · 1 полугодие (01.09–31.12)"), "\(tenth.frame[1])")
        #expect(tenth.grid?.data.columns.count == 3)
        let seventh = try school.shell("7А")
        #expect(seventh.frame[1].hasPrefix("7А · Алгебра · 2 четверть (01.11–31.12)"), "\(seventh.frame[1])")
        #expect(seventh.grid?.data.columns.count == 2)
        // The next term of a half-year class is its second half-year.
        tenth.type("<F6>")
        #expect(tenth.frame[1].hasPrefix("10Б · Алгебра · 2 полугодие (01.01–31.05)"), "\(tenth.frame[1])")
    }

    @Test func summariesCoverTheClassTermAndNameIt() throws {
        let school = try School(scratch)
        let builder = SummaryBuilder(journal: school.journal, settings: school.session.settings, today: Self.today)
        let tenth = try builder.forClass("10Б")
        let half = try tenth.subject(className: "10Б", subject: "Алгебра", period: tenth.period(term: nil, year: false))
        #expect(half.period == .term(1) && half.termKind == .halfYear)
        #expect(half.rows[0].markCount == 3)
        #expect(SummaryText.subject(half, language: .ru).hasPrefix("Сводка: 10Б, Алгебра, 1 полугодие"))
        #expect(throws: SummaryBuilder.Failure.noSuchTerm(3)) { try tenth.period(term: 3, year: false) }
        let seventh = try builder.forClass("7А")
        let quarter = try seventh.subject(className: "7А", subject: "Алгебра", period: seventh.period(term: nil, year: false))
        #expect(quarter.period == .term(2) && quarter.termKind == .quarter)
        #expect(quarter.rows[0].markCount == 2)
        let classSummary = try tenth.classSummary(className: "10Б", period: .term(1))
        #expect(classSummary.termKind == .halfYear)
    }

    @Test func cardsAndRiskFollowTheClassCalendar() throws {
        let school = try School(scratch)
        let builder = ProgressBuilder(journal: school.journal, settings: school.session.settings, today: Self.today)
        let card = try builder.card(className: "10Б", studentName: "Иванов Пётр", term: nil)
        #expect(card.termName == TermName(1, kind: .halfYear))
        #expect(try builder.risk(className: "7А", term: nil).termName == TermName(2, kind: .quarter))
        #expect(try builder.risk(className: "10Б", term: nil).termName == TermName(1, kind: .halfYear))
        let grade = try builder.schoolRisk(grade: 10, term: nil)
        #expect(grade.termName == TermName(1, kind: .halfYear))
        // Term 3 exists for quarters only: the school's report leaves 10Б out.
        #expect(try builder.schoolRisk(grade: nil, term: 3).classes.map(\.className) == ["7А"])
    }

    @Test func aLockFromTheTenthGradeGridHoldsItsHalfYearOnly() throws {
        let school = try School(scratch)
        var tenth = try school.shell("10Б")
        tenth.type("<F7>")
        #expect(try school.journal.lockedTerms() == [TermLock(term: 1, kind: .halfYear)])
        #expect(tenth.frame[1].contains("🔒"))
        let seventh = try school.shell("7А")
        #expect(!seventh.frame[1].contains("🔒"))
        let before = try school.journal.recentHistory(limit: 100).count
        tenth.type("<right>4\r")
        #expect(try school.journal.recentHistory(limit: 100).count == before)
        #expect(tenth.frame[28].contains("закрыт"), "\(tenth.frame[28])")
    }
}
