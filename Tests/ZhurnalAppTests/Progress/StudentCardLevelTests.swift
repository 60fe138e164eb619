import Foundation
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// Marks by level of work (базовый / повышенный) per subject on the student card, in the text
/// and JSON of `zhurnal report student`: the rising student of `StudentCardScreenTests` with two
/// базовый columns and one повышенный in Алгебра, and a повышенный Геометрия column.
///
/// | column              | kind, weight | mark | level      |
/// |---------------------|--------------|------|------------|
/// | Алгебра 24.09       | К ×3         | 3    | базовый    |
/// | Алгебра 01.10       | ОУ ×1        | 4    | базовый    |
/// | Алгебра 15.10       | ОУ ×1        | 5    | повышенный |
/// | Геометрия 20.10     | ОУ ×1        | 2    | повышенный |
///
/// Алгебра: базовый (3×3 + 4×1) / 4 = 3.25 of 2 marks, повышенный 5.00 of 1;
/// Геометрия: базовый none, повышенный 2.00 of 1.
@Suite struct StudentCardLevelTests {
    private func fixture() throws -> StudentCardScreenTests.Fixture {
        let fixture = try StudentCardScreenTests.Fixture()
        let journal = fixture.session.journal
        let algebra = try #require(try journal.subjects().first { $0.name == "Алгебра" })
        let columns = try journal.columns(classID: fixture.classID, subjectID: algebra.id)
        try journal.setLevel(.basic, ofColumn: columns[3].id)
        try journal.setLevel(.basic, ofColumn: columns[4].id)
        try journal.setLevel(.advanced, ofColumn: columns[6].id)
        let geometry = try journal.findOrCreateSubject(named: "Геометрия")
        let column = try journal.addColumn(classID: fixture.classID, subjectID: geometry.id,
                                           date: LocalDate(parsing: "2026-10-20")!, kindCode: "answer")
        try journal.setEntry(columnID: column.id, studentID: fixture.rising, to: .mark(2))
        try journal.setLevel(.advanced, ofColumn: column.id)
        return fixture
    }

    @Test func theCardShowsTheSelectedSubjectsMarksByLevel() throws {
        let fixture = try fixture()
        let screen = try StudentCardScreen(session: fixture.session, classID: fixture.classID, studentID: fixture.rising,
                                           term: fixture.session.settings.calendar.terms[0])
        var shell = AppShell(root: screen, size: Size(width: 80, height: 24), context: DrawContext(language: .ru))
        var lines = shell.render().trimmedLines()
        #expect(lines[3].hasPrefix("  Алгебра"))
        #expect(lines[7] == " Отметки по уровням работ: базовый 3.25 (2) · повышенный 5.00 (1)")
        shell.handle(.down)
        lines = shell.render().trimmedLines()
        #expect(lines[7] == " Отметки по уровням работ: базовый — (0) · повышенный 2.00 (1)")
        shell = AppShell(root: screen, size: Size(width: 80, height: 24), context: DrawContext(language: .en))
        #expect(shell.render().trimmedLines()[7] == " Marks by level of work: basic 3.25 (2) · advanced 5.00 (1)")
    }

    @Test func theStudentReportHasThemPerSubject() throws {
        let fixture = try fixture()
        let journal = fixture.session.journal
        let builder = ProgressBuilder(journal: journal, settings: fixture.session.settings, today: fixture.session.today)
        let card = try builder.card(className: "7А", studentName: "Иванов Иван", term: 1)
        let text = ProgressText.card(card, kinds: builder.settings.kinds, language: .ru)
        #expect(text.hasSuffix("""

            Отметки по уровням работ:
              Алгебра: базовый 3.25 (2) · повышенный 5.00 (1)
              Геометрия: базовый — (0) · повышенный 2.00 (1)

            """))
        let json = ProgressJSON.card(card, kinds: builder.settings.kinds).rendered().filter { !$0.isWhitespace }
        #expect(json.contains(#""levels":{"basic":{"average":3.25,"marks":2},"advanced":{"average":5.00,"marks":1}}"#))
        #expect(json.contains(#""levels":{"basic":{"average":null,"marks":0},"advanced":{"average":2.00,"marks":1}}"#))
    }
}
