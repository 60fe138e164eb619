import Foundation
import HostileSupport
import TerminalUI
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// A 10-point контрольная: 5 needs 9 points with 3 from the task group.
private let rubric = Rubric(name: "Контрольная 1", criteria: [
    RubricCriterion(code: "1", description: "вычисления", maxPoints: 6),
    RubricCriterion(code: "2", description: "задача", maxPoints: 4, group: "задачи"),
], scale: RubricScale(basis: .points, steps: [
    RubricStep(mark: 2, minimum: 0), RubricStep(mark: 3, minimum: 5), RubricStep(mark: 4, minimum: 7),
    RubricStep(mark: 5, minimum: 9, groupMinima: ["задачи": 3]),
]))

/// The rubric scoring screen on the cell buffer, and scoring from the grid (`r` on a column with a
/// rubric) until the derived mark shows in the grid.
@Suite struct RubricScreenTests {
    let scratch = ScratchFolder()

    private func lines(_ screen: RubricScreen) -> [String] {
        var buffer = CellBuffer(width: 40, height: 6)
        screen.draw(into: &buffer, context: DrawContext(language: .ru))
        return buffer.trimmedLines()
    }

    @Test func criteriaAsRowsWithTheTotalAndMarkLive() throws {
        let fixture = try GridFixture(scratch)
        let column = fixture.columns[1].id, student = fixture.students[0].id
        try fixture.journal.attachRubric(try fixture.journal.saveRubric(rubric).rubricID, toColumn: column)
        let students = try fixture.session.grid(for: fixture.pair, term: fixture.session.currentTerm).students
        var screen = try RubricScreen(session: fixture.session, columnID: column, students: students, index: 0, rubric: rubric)
        #expect(lines(screen) == [
            " Критерий                   Баллы",
            " 1 вычисления               · / 6",
            " 2 задача                   · / 4",
            "",
            " Итого: 0 из 10 · Отметка: —",
            "",
        ])
        for key in Key.typing("6") { _ = screen.handle(key) }
        #expect(lines(screen)[1] == " 1 вычисления               6 / 6")
        #expect(lines(screen)[4] == " Итого: 6 из 10 · Отметка: 3")
        for key in Key.typing("\r3") { _ = screen.handle(key) }
        #expect(screen.row == 1)
        #expect(lines(screen)[4] == " Итого: 9 из 10 · Отметка: 5")
        for key in Key.typing("<bs>2") { _ = screen.handle(key) }
        #expect(lines(screen)[4] == " Итого: 8 из 10 · Отметка: 4")
        for key in Key.typing("<bs>9\r") { _ = screen.handle(key) }
        #expect(try fixture.journal.rubricPoints(columnID: column, studentID: student) == ["1": 6])
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(3))
    }

    @Test func scoringFromTheGridShowsTheDerivedMark() throws {
        let fixture = try GridFixture(scratch)
        try fixture.journal.attachRubric(try fixture.journal.saveRubric(rubric).rubricID, toColumn: fixture.columns[1].id)
        var shell = try fixture.shell()
        #expect(shell.frame[4].hasPrefix("  1 Андреев Б.                 5     4"))
        shell.type("<left>r")
        #expect(shell.top is RubricScreen)
        shell.type("6\r3\r<esc>")
        #expect(shell.grid != nil)
        #expect(shell.frame[4].hasPrefix("  1 Андреев Б.                 5     5"))
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(5))
        shell.type("<F4>")
        let history = shell.frame.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        #expect(history[3].hasSuffix("teacher  3 → 5"))
        #expect(history[4].hasSuffix("teacher  Критерий 2: — → 3"))
        #expect(history[5].hasSuffix("teacher  4 → 3"))
        #expect(history[6].hasSuffix("teacher  Критерий 1: — → 6"))
        // A column without a rubric: choose one, then score.
        shell.type("<esc><down><right>r")
        #expect(shell.top is RubricPickerScreen)
        shell.type("\r")
        #expect(shell.top is RubricScreen)
        shell.type("2\r<esc>")
        #expect(try fixture.journal.rubric(columnID: fixture.columns[2].id)?.rubric == rubric)
        #expect(try fixture.storedEntry(column: 2, student: 1) == .mark(2))
    }

    /// PgDn saves the typed points and goes on to the next student; PgUp and Ctrl-P go back; the
    /// title counts the students; the derived marks of both are in the file and the grid.
    @Test func nextAndPreviousStudentScoreTheClassInOneScreen() throws {
        let fixture = try GridFixture(scratch)
        let column = fixture.columns[2]
        try fixture.journal.attachRubric(try fixture.journal.saveRubric(rubric).rubricID, toColumn: column.id)
        var shell = try fixture.shell()
        shell.type("r")
        #expect(shell.frame[0].contains("Критерии: Контрольная 1 · Андреев Б. (1 из 4)"))
        // 6 saved, 3 typed and carried by PgDn: 9 with 3 from the task group → 5.
        shell.type("6\r3<pgdn>")
        #expect(shell.frame[0].contains("(2 из 4)"))
        #expect(shell.frame.contains { $0.contains("Итого: 0 из 10 · Отметка: —") })
        // The second student: 5 points → 3, carried by Ctrl-N.
        shell.type("5<C-n>")
        #expect(shell.frame[0].contains("Петров И. (3 из 4)"))
        shell.type("<pgup><C-p>")
        #expect(shell.frame[0].contains("Андреев Б. (1 из 4)"))
        #expect(shell.frame.contains { $0.contains("Итого: 9 из 10 · Отметка: 5") })
        shell.type("<pgup>")
        #expect(shell.status?.text.text(.ru) == "Это первый ученик класса")
        #expect(try fixture.storedEntry(column: 2, student: 0) == .mark(5))
        #expect(try fixture.storedEntry(column: 2, student: 1) == .mark(3))
        #expect(try fixture.storedEntry(column: 2, student: 2) == nil)
        shell.type("<pgdn><pgdn><pgdn>")
        #expect(shell.frame[0].contains("Сидорова М. (4 из 4)"))
        shell.type("<pgdn>")
        #expect(shell.status?.text.text(.ru) == "Это последний ученик класса")
        // A typed value over the maximum stops the move and is not saved.
        shell.type("<tab>9<pgup>")
        #expect(shell.status?.kind == .error)
        #expect(shell.frame[0].contains("(4 из 4)"))
        #expect(try fixture.storedEntry(column: 2, student: 3) == nil)
        shell.type("<esc>")
        // The rubric column is marked # in the header; the others are not.
        #expect(shell.frame[3].contains(" ОУ     К    С#  "))
        #expect(shell.frame[4].hasPrefix("  1 Андреев Б.                 5     4     5"))
        #expect(shell.frame[5].hasPrefix("  2 Константинопольская-Зад…   4     5     3"))
    }

    @Test func withoutRubricsTheGridSaysHowToGetOne() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("r")
        #expect(shell.grid != nil)
        #expect(shell.status?.text.text(.ru) == Message.journal(.assessment(.noRubric)).text(.ru))
    }
}

/// The column form (F2) tags a column with outcomes of the catalogue and sets its level.
@Suite struct ColumnOutcomeFormTests {
    let scratch = ScratchFolder()

    @Test func theColumnFormTagsOutcomesAndSetsTheLevel() throws {
        let fixture = try GridFixture(scratch)
        try fixture.journal.saveOutcome(Outcome(code: "П1", name: "дроби", type: .subject))
        try fixture.journal.saveOutcome(Outcome(code: "Р1", name: "самопроверка", type: .regulatory))
        let column = fixture.columns[0].id
        var shell = try fixture.shell()
        shell.type("<home><F2><tab><tab><tab><tab>П1, Х9\r")
        // An outcome outside the catalogue is refused and nothing is tagged.
        #expect(shell.depth == 2)
        #expect(shell.frame.contains { $0.contains("Результата «Х9» нет в каталоге") })
        #expect(try fixture.journal.outcomeTags(columnID: column) == [])
        shell.type("<C-u>П1, Р1<tab>п\r")
        #expect(shell.depth == 1)
        #expect(try fixture.journal.outcomeTags(columnID: column) == ["П1", "Р1"])
        #expect(try fixture.journal.level(ofColumn: column) == .advanced)
        // Opened again, the form shows both; emptied, it removes both.
        shell.type("<F2>")
        #expect(shell.frame.contains { $0.trimmingCharacters(in: .whitespaces) == "П1, Р1" })
        shell.type("<tab><tab><tab><tab><C-u><tab><C-u>\r")
        #expect(shell.depth == 1)
        #expect(try fixture.journal.outcomeTags(columnID: column) == [])
        #expect(try fixture.journal.level(ofColumn: column) == nil)
    }
}
