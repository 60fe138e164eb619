import Foundation
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
    let scratch = AppScratch()

    private func lines(_ screen: RubricScreen) -> [String] {
        var buffer = CellBuffer(width: 40, height: 6)
        screen.draw(into: &buffer, context: DrawContext(language: .ru))
        return buffer.trimmedLines()
    }

    @Test func criteriaAsRowsWithTheTotalAndMarkLive() throws {
        let fixture = try GridFixture(scratch)
        let column = fixture.columns[1].id, student = fixture.students[0].id
        try fixture.journal.attachRubric(try fixture.journal.saveRubric(rubric).rubricID, toColumn: column)
        var screen = RubricScreen(session: fixture.session, columnID: column, studentID: student,
                                  studentName: "Андреев Б.", rubric: rubric, points: [:])
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
    let scratch = AppScratch()

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
