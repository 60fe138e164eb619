import Foundation
import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
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
///
/// The row, the typed and saved points, the live total and mark, the student scored and the
/// status are asserted on the screen and the journal; two golden lines are kept on purpose where
/// the exact look is the point, each marked so.
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
        // Both criteria as rows, nothing scored: total 0 of 10, no mark; the cursor on the first.
        #expect(screen.rubric.criteria.map(\.code) == ["1", "2"])
        #expect(screen.row == 0 && screen.input.isEmpty)
        #expect(screen.shownPoints.isEmpty)
        #expect(screen.rubric.total(screen.shownPoints) == 0 && screen.rubric.maximum == 10)
        #expect(screen.liveMark == nil)
        #expect(lines(screen).count == 6)
        for key in Key.typing("6") { _ = screen.handle(key) }
        // Golden line kept on purpose: the typed points in the criterion's row, over its maximum.
        #expect(lines(screen)[1] == " 1 вычисления               6 / 6")
        // Typed, not yet saved: 6 of 10 live, a 3.
        #expect(screen.input == "6" && screen.points.isEmpty)
        #expect(screen.shownPoints == ["1": 6])
        #expect(screen.rubric.total(screen.shownPoints) == 6 && screen.liveMark == 3)
        for key in Key.typing("\r3") { _ = screen.handle(key) }
        #expect(screen.row == 1)
        #expect(screen.points == ["1": 6])
        #expect(screen.rubric.total(screen.shownPoints) == 9 && screen.liveMark == 5)
        // Golden line kept on purpose: the live total and the mark it gives.
        #expect(lines(screen)[4] == " Итого: 9 из 10 · Отметка: 5")
        for key in Key.typing("<bs>2") { _ = screen.handle(key) }
        // 2 from the task group misses the 5's group minimum of 3: 8 points, a 4.
        #expect(screen.shownPoints == ["1": 6, "2": 2])
        #expect(screen.rubric.total(screen.shownPoints) == 8 && screen.liveMark == 4)
        for key in Key.typing("<bs>9\r") { _ = screen.handle(key) }
        #expect(try fixture.journal.rubricPoints(columnID: column, studentID: student) == ["1": 6])
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(3))
    }

    @Test func scoringFromTheGridShowsTheDerivedMark() throws {
        let fixture = try GridFixture(scratch)
        try fixture.journal.attachRubric(try fixture.journal.saveRubric(rubric).rubricID, toColumn: fixture.columns[1].id)
        var shell = try fixture.shell()
        #expect(shell.grid?.shown(column: 0, row: 0) == .mark(5))
        #expect(shell.grid?.shown(column: 1, row: 0) == .mark(4))
        shell.type("<left>r")
        #expect(shell.top is RubricScreen)
        // The cursor's cell is scored: 14.09, the first student.
        #expect(shell.rubricScreen?.columnID == fixture.columns[1].id)
        #expect(shell.rubricScreen?.student.id == fixture.students[0].id)
        shell.type("6\r3\r<esc>")
        #expect(shell.grid != nil)
        #expect(shell.depth == 1)
        #expect(shell.grid?.cursor.column == 1 && shell.grid?.cursor.row == 0)
        #expect(shell.grid?.shown(column: 0, row: 0) == .mark(5))
        #expect(shell.grid?.shown(column: 1, row: 0) == .mark(5))
        #expect(try fixture.storedEntry(column: 1, student: 0) == .mark(5))
        shell.type("<F4>")
        // The cell's history, newest first: each criterion's points and the mark they gave.
        let history = Array(try #require(shell.history).records.prefix(4))
        #expect(history.map(\.kind) == [.entry, .rubricScore, .entry, .rubricScore])
        #expect(history.map(\.user) == ["teacher", "teacher", "teacher", "teacher"])
        #expect(history.map(\.oldValue) == ["3", nil, "4", nil])
        #expect(history.map(\.newValue) == ["5", "3", "3", "6"])
        #expect(history.filter { $0.kind == .rubricScore }.map(\.reason) == ["2", "1"])
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
        // The first of the class's four students, in the title too.
        #expect(shell.rubricScreen?.index == 0)
        #expect(shell.rubricScreen?.student.id == fixture.students[0].id)
        #expect(shell.rubricScreen?.students.count == 4)
        #expect(shell.rubricScreen?.title == .journal(.assessment(.rubricTitle(
            rubric: rubric.name, student: try #require(shell.rubricScreen?.student.shortName), position: 1, count: 4))))
        // 6 saved, 3 typed and carried by PgDn: 9 with 3 from the task group → 5.
        shell.type("6\r3<pgdn>")
        #expect(shell.rubricScreen?.index == 1)
        #expect(shell.rubricScreen?.student.id == fixture.students[1].id)
        // The next student starts unscored, on the first criterion.
        #expect(shell.rubricScreen?.shownPoints == [:])
        #expect(shell.rubricScreen?.liveMark == nil)
        #expect(shell.rubricScreen?.row == 0)
        // The second student: 5 points → 3, carried by Ctrl-N.
        shell.type("5<C-n>")
        #expect(shell.rubricScreen?.index == 2)
        #expect(shell.rubricScreen?.student.id == fixture.students[2].id)
        shell.type("<pgup><C-p>")
        #expect(shell.rubricScreen?.index == 0)
        #expect(shell.rubricScreen?.student.id == fixture.students[0].id)
        // The first student's points read back: 9 of 10, a 5.
        #expect(shell.rubricScreen?.shownPoints == ["1": 6, "2": 3])
        #expect(shell.rubricScreen?.liveMark == 5)
        shell.type("<pgup>")
        #expect(shell.status == .info(.assessment(.firstStudent)))
        #expect(shell.rubricScreen?.index == 0)
        #expect(try fixture.storedEntry(column: 2, student: 0) == .mark(5))
        #expect(try fixture.storedEntry(column: 2, student: 1) == .mark(3))
        #expect(try fixture.storedEntry(column: 2, student: 2) == nil)
        shell.type("<pgdn><pgdn><pgdn>")
        #expect(shell.rubricScreen?.index == 3)
        #expect(shell.rubricScreen?.student.id == fixture.students[3].id)
        shell.type("<pgdn>")
        #expect(shell.status == .info(.assessment(.lastStudent)))
        #expect(shell.rubricScreen?.index == 3)
        // A typed value over the maximum stops the move and is not saved.
        shell.type("<tab>9<pgup>")
        #expect(shell.status == .error(.assessment(.tooMany(4))))
        #expect(shell.rubricScreen?.index == 3)
        #expect(try fixture.storedEntry(column: 2, student: 3) == nil)
        #expect(try fixture.journal.rubricPoints(columnID: column.id, studentID: fixture.students[3].id) == [:])
        shell.type("<esc>")
        // The rubric column is the one marked # in the header; the others are not.
        #expect(shell.grid?.data.rubricColumns == [column.id])
        #expect((0..<3).map { shell.grid?.shown(column: $0, row: 0) } == [.mark(5), .mark(4), .mark(5)])
        #expect((0..<3).map { shell.grid?.shown(column: $0, row: 1) } == [.mark(4), .mark(5), .mark(3)])
    }

    @Test func withoutRubricsTheGridSaysHowToGetOne() throws {
        let fixture = try GridFixture(scratch)
        var shell = try fixture.shell()
        shell.type("r")
        #expect(shell.grid != nil)
        #expect(shell.depth == 1)
        #expect(shell.status == .error(.assessment(.noRubric)))
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
        #expect(shell.top is ColumnFormScreen)
        #expect(shell.status == .error(.assessment(.unknownOutcome("Х9"))))
        #expect(try fixture.journal.outcomeTags(columnID: column) == [])
        shell.type("<C-u>П1, Р1<tab>п\r")
        #expect(shell.depth == 1)
        #expect(try fixture.journal.outcomeTags(columnID: column) == ["П1", "Р1"])
        #expect(try fixture.journal.level(ofColumn: column) == .advanced)
        // Opened again, the form shows both; emptied, it removes both.
        shell.type("<F2>")
        let form = try #require(shell.top as? ColumnFormScreen)
        #expect(form.fields[.assessment(.fieldOutcomes)] == (try fixture.journal.outcomeTags(columnID: column)).joined(separator: ", "))
        shell.type("<tab><tab><tab><tab><C-u><tab><C-u>\r")
        #expect(shell.depth == 1)
        #expect(try fixture.journal.outcomeTags(columnID: column) == [])
        #expect(try fixture.journal.level(ofColumn: column) == nil)
    }
}
