import Foundation
import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore

/// The words of printed forms (docs/user-guide.md §12; issue 13, item 10): the period named by the
/// calendar («2 четверть», «1 триместр», «1 полугодие», never «2 период»), the teacher's name or a
/// line to fill in by hand, and a final mark's reason broken between words, never inside one.
@Suite struct PrintedWordingTests {
    let scratch = ScratchFolder()

    @Test func termNamesByKind() {
        let names = TermKind.allCases.map { TermName(2, kind: $0) }
        #expect(names.map { $0.text(.ru) } == ["2 четверть", "2 триместр", "2 полугодие", "2 период"])
        #expect(names.map { $0.text(.en) } == ["quarter 2", "trimester 2", "half-year 2", "term 2"])
    }

    static func subject(kind: TermKind, reason: String? = nil) -> SubjectSummary {
        let students = SummarySheetTests.handClass().students
        var summary = SummarySheetTests.subject("Алгебра", [.mark(5), .mark(4), .notAttested, .exempt], students: students)
        summary.termKind = kind
        if let reason { summary.rows[1].final = FinalMark(value: .mark(5), reason: reason) }
        return summary
    }

    @Test func sheetsNameThePeriodByTheCalendar() {
        let context = SummarySheetTests.context
        for (kind, ru, en) in [(TermKind.quarter, "2 четверть", "quarter 2"), (.trimester, "2 триместр", "trimester 2"),
                               (.halfYear, "2 полугодие", "half-year 2")] {
            let summary = Self.subject(kind: kind)
            let text = SummarySheet.subject(summary, context: context, language: .ru).laidOut(on: .portrait) { "\($0)/\($1)" }
            #expect(text.contains("Сводная ведомость итоговых отметок: 8Б, Алгебра, \(ru)"))
            #expect(!text.contains("период"))
            #expect(SummaryHTML.subject(summary, context: context, language: .en).contains("8Б, Алгебра, \(en)"))
            #expect(SummaryText.subject(summary, language: .ru).hasPrefix("Сводка: 8Б, Алгебра, \(ru)\n"))
        }
        var year = SummarySheetTests.handClass()
        year.period = .year
        #expect(SummaryText.classSummary(year, language: .ru).hasPrefix("Сводка: 8Б, год\n"))
    }

    @Test func unknownTeacherLeavesALineToFillIn() {
        let context = SheetContext(school: "Школа № 1", teacher: "", date: LocalDate(year: 2026, month: 12, day: 25)!)
        let text = SummarySheet.subject(Self.subject(kind: .quarter), context: context, language: .ru)
            .laidOut(on: .portrait) { "\($0)/\($1)" }
        #expect(text.contains("Учитель: ____________________   Дата: 25.12.2026"))
        #expect(text.contains("Учитель ____________________ / ____________________ /"))
        let html = SummaryHTML.subject(Self.subject(kind: .quarter), context: context, language: .ru)
        #expect(html.contains("Учитель: ____________________;"))
    }

    @Test func aLongReasonWrapsBetweenWords() throws {
        let reason = "учтены проектная работа по теме «Квадратные уравнения», выступление на школьной конференции "
            + "и успешное участие в муниципальном этапе олимпиады по математике"
        let summary = Self.subject(kind: .quarter, reason: reason)
        let text = SummarySheet.subject(summary, context: SummarySheetTests.context, language: .ru)
            .laidOut(on: .portrait) { "\($0)/\($1)" }
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.displayWidth <= PrintPage.portrait.width }, "\(lines)")
        #expect(!text.contains("…"))
        let row = try #require(lines.firstIndex { $0.contains("Быков Борис") })
        let start = try #require(lines[row].range(of: "учтены"))
        let column = lines[row][..<start.lowerBound].displayWidth
        let continued = lines[(row + 1)...].prefix { $0.hasPrefix(String(repeating: " ", count: column)) }
        #expect(continued.count >= 1, "\(lines)")
        let words = [String(lines[row][start.lowerBound...])] + continued.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(words.joined(separator: " ") == reason)
    }

    @Test func gridTitleNamesTheTermByTheCalendar() throws {
        let fixture = try GridFixture(scratch)
        var settings = fixture.session.settings
        settings.calendar = .trimesters(schoolYearStarting: 2026)
        try fixture.journal.saveSchoolSettings(settings)
        let (_, session) = try fixture.reopen()
        let shell = try fixture.shell(session: session)
        #expect(shell.frame[1].hasPrefix("7А · Алгебра · 1 триместр (01.09–30.11)"), "\(shell.frame[1])")
    }
}
