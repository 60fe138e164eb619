import Foundation
import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// Rubrics defined in the settings (F9 → F5): created through keystrokes, read back from the
/// file, refused with one line when wrong, a scale of a rubric in use changed with its marks
/// derived again, deleted only when unused.
///
/// The list and its selection, the editor's fields, the status (kind and message) and the
/// rubrics read back from the file are asserted; two golden lines are kept on purpose, each
/// marked so.
@Suite struct RubricEditorScreenTests {
    let scratch = ScratchFolder()

    private func settings(_ fixture: GridFixture, language: Language = .ru) -> AppShell {
        AppShell(root: SettingsScreen(session: fixture.session), size: Size(width: 100, height: 30),
                 context: DrawContext(language: language))
    }

    /// ОГЭ-like: a 3 needs 5 of 19 points with 2 from geometry.
    static let expected = Rubric(name: "ОГЭ математика", criteria: [
        RubricCriterion(code: "1-14", description: "часть 1, алгебра", maxPoints: 14, group: "алгебра"),
        RubricCriterion(code: "15-19", description: "геометрия", maxPoints: 5, outcome: "П1", group: "геометрия"),
    ], scale: RubricScale(basis: .points, steps: [
        RubricStep(mark: 2, minimum: 0), RubricStep(mark: 3, minimum: 5, groupMinima: ["геометрия": 2]),
        RubricStep(mark: 4, minimum: 10, groupMinima: ["геометрия": 2]), RubricStep(mark: 5, minimum: 15, groupMinima: ["геометрия": 3]),
    ]))

    @Test func createsARubricWithAGroupMinimumThroughKeystrokes() throws {
        let fixture = try GridFixture(scratch)
        try fixture.journal.saveOutcome(Outcome(code: "П1", name: "геометрия", type: .subject))
        var shell = settings(fixture)
        shell.type("<F5>")
        #expect(shell.depth == 2)
        #expect(shell.rubricList?.title == .journal(.catalogue(.rubricsTitle)))
        #expect(shell.rubricList?.items.isEmpty == true)
        shell.type("<F3>")
        #expect(shell.depth == 3)
        #expect(shell.rubricEditor?.stored == nil)
        #expect(shell.rubricEditor?.title == .journal(.catalogue(.rubricNew)))
        // A new rubric: one empty criterion row of five cells (code, description, max, outcome,
        // group), the cursor on the name.
        #expect(shell.rubricEditor?.form.criterionRows == 1)
        #expect(shell.rubricEditor?.form.table.rows[RubricForm.headRows].count == RubricEditorScreen.criterionWidths.count)
        #expect(shell.rubricEditor?.form.table.row == 0)
        shell.type("ОГЭ математика<tab><tab>1-14<tab>часть 1, алгебра<tab>14<tab><tab>алгебра")
        shell.type("<F3>15-19<tab>геометрия<tab>5<tab>П1<tab>геометрия")
        // Down to «5», then threshold and group minima for 5, 4, 3, and the 2 from 0.
        shell.type("<down>15<tab>геометрия 3<tab>10<tab>геометрия: 2<tab>5<tab>геометрия=2<tab>0")
        let form = try #require(shell.rubricEditor?.form)
        #expect(form.criterionRows == 2)
        #expect((0..<5).map { form.table[form.criterionRange.lowerBound, $0] } == ["1-14", "часть 1, алгебра", "14", "", "алгебра"])
        // The first scale row is the 5's: threshold 15, geometry's minimum 3.
        #expect(RubricForm.marks.first == 5)
        #expect(form.table[form.scaleStart, 0] == "15")
        #expect(RubricForm.groupMinima(form.table[form.scaleStart, 1]) == ["геометрия": 3])
        shell.type("\r")
        #expect(shell.status == .info(.catalogue(.rubricSaved(Self.expected.name, rederived: 0))))
        #expect(shell.depth == 2)
        #expect(shell.rubricList?.items.map(\.stored.rubric) == [Self.expected])
        #expect(shell.rubricList?.items.map(\.columns) == [0])
        // Golden line kept on purpose: the rubric's line in the list, with «критерия» agreeing with 2.
        #expect(shell.frame[3].contains("ОГЭ математика · 2 критерия · максимум 19 · колонок: 0"))
        let stored = try Journal(path: fixture.path, readOnly: true).rubrics()
        #expect(stored.map(\.rubric) == [Self.expected])
        // 15 points would be a 5, but geometry's 1 holds no step's group minimum: the 2.
        #expect(stored.first?.rubric.mark(for: ["1-14": 14, "15-19": 1]) == 2)
        #expect(stored.first?.rubric.mark(for: ["1-14": 8, "15-19": 2]) == 4)
    }

    @Test func aWrongRubricIsRefusedInOneLineAndNothingIsWritten() throws {
        let fixture = try GridFixture(scratch)
        var shell = settings(fixture)
        shell.type("<F5><F3>\r")
        #expect(shell.status?.kind == .error)
        #expect(shell.status == .error(.catalogue(.rubricRefused(.noName))))
        #expect(shell.rubricEditor != nil)
        shell.type("Контрольная<tab><tab>1<tab>задача<tab>4<down>3<tab>задачи 2\r")
        #expect(shell.status == .error(.catalogue(.rubricRefused(.invalid(.unknownGroup("задачи"))))))
        // Golden line kept on purpose: the English refusal quotes the Russian group name.
        #expect(shell.status?.text.text(.en) == "Not saved: no criterion is in group \"задачи\"")
        shell.type("<up><tab><tab><tab>Х9\r")
        #expect(shell.status == .error(.catalogue(.rubricRefused(.unknownOutcome("Х9")))))
        shell.type("<C-u><tab>задачи<down><down>пять\r")
        #expect(shell.status == .error(.catalogue(.rubricRefused(.invalid(.badMinimum(4))))))
        #expect(try fixture.journal.rubrics().isEmpty)
        #expect(shell.depth == 3)
        shell.type("<C-u>\r")
        #expect(shell.status?.kind == .info)
        #expect(shell.status == .info(.catalogue(.rubricSaved(try #require(fixture.journal.rubrics().first?.rubric.name), rederived: 0))))
        #expect(shell.depth == 2)
        #expect(try fixture.journal.rubrics().map(\.rubric.name) == ["Контрольная"])
        // A second rubric of the same name is refused, not merged into the first.
        shell.type("<F3>Контрольная<tab><tab>1<tab><tab>2<down>0\r")
        #expect(shell.status == .error(.catalogue(.rubricRefused(.nameTaken(try #require(fixture.journal.rubrics().first?.rubric.name))))))
        #expect(shell.depth == 3)
        #expect(try fixture.journal.rubrics().count == 1)
        #expect(try fixture.journal.rubrics().first?.rubric.maximum == 4)
    }

    /// A rubric attached to 18.09 and scored: a higher threshold for the 3 turns a 3 into a 2,
    /// with a history row saying why, and the grid shows it.
    @Test func editingTheScaleOfARubricInUseRederivesTheMarks() throws {
        let fixture = try GridFixture(scratch)
        let rubric = Rubric(name: "Контрольная 1", criteria: [
            RubricCriterion(code: "1", description: "вычисления", maxPoints: 6),
            RubricCriterion(code: "2", description: "задача", maxPoints: 4, group: "задачи"),
        ], scale: RubricScale(basis: .points, steps: [
            RubricStep(mark: 2, minimum: 0), RubricStep(mark: 3, minimum: 5), RubricStep(mark: 4, minimum: 7),
            RubricStep(mark: 5, minimum: 9, groupMinima: ["задачи": 3]),
        ]))
        let column = fixture.columns[2].id
        try fixture.journal.attachRubric(try fixture.journal.saveRubric(rubric).rubricID, toColumn: column)
        try fixture.journal.scoreRubric(columnID: column, studentID: fixture.students[0].id, points: ["1": 6, "2": 3])
        try fixture.journal.scoreRubric(columnID: column, studentID: fixture.students[1].id, points: ["1": 5])
        #expect(try fixture.storedEntry(column: 2, student: 1) == .mark(3))
        var shell = settings(fixture)
        shell.type("<F5>")
        #expect(shell.rubricList?.items.map(\.stored.rubric) == [rubric])
        #expect(shell.rubricList?.items.map(\.columns) == [1])
        // Rows: name, basis, two criteria, then «5» «4» «3»: the 3 now needs 6 points; renamed too.
        let renamed = rubric.name + "а"
        shell.type("\r")
        #expect(shell.rubricEditor?.stored?.rubric == rubric)
        shell.type("<C-u>" + renamed + String(repeating: "<down>", count: 6) + "<C-u>6\r")
        #expect(shell.status == .info(.catalogue(.rubricSaved(renamed, rederived: 1))))
        #expect(shell.depth == 2)
        #expect(shell.rubricList?.items.map(\.stored.rubric.name) == [renamed])
        #expect(shell.rubricList?.items.map(\.columns) == [1])
        #expect(shell.rubricList?.items.first?.stored.rubric.scale.steps.first { $0.mark == 3 }?.minimum == 6)
        #expect(try fixture.storedEntry(column: 2, student: 0) == .mark(5))
        #expect(try fixture.storedEntry(column: 2, student: 1) == .mark(2))
        let reopened = try Journal(path: fixture.path, readOnly: true)
        #expect(try reopened.rubric(columnID: column)?.rubric.name == renamed)
        #expect(try reopened.rubrics().count == 1)
        let history = try reopened.history(columnID: column, studentID: fixture.students[1].id)
        #expect(history.contains { $0.oldValue == "3" && $0.newValue == "2" && $0.reason == Journal.rubricChangedReason })
        var grid = try fixture.shell()
        grid.type("<home>")
        #expect((0..<3).map { grid.grid?.shown(column: $0, row: 1) } == [.mark(4), .mark(5), .mark(2)])
        #expect(grid.grid?.shown(column: 2, row: 0) == .mark(5))
    }

    @Test func onlyARubricNoColumnUsesIsDeleted() throws {
        let fixture = try GridFixture(scratch)
        let used = try fixture.journal.saveRubric(Self.expected).rubricID
        try fixture.journal.attachRubric(used, toColumn: fixture.columns[2].id)
        var spare = Self.expected
        spare.name = "Запасные"
        try fixture.journal.saveRubric(spare)
        var shell = settings(fixture)
        shell.type("<F5>")
        #expect(shell.rubricList?.items.map(\.stored.rubric.name) == [spare.name, Self.expected.name])
        #expect(shell.rubricList?.items.map(\.columns) == [0, 1])
        #expect(shell.rubricList?.selected == 0)
        shell.type("<down><F8>")
        #expect(shell.rubricList?.selected == 1)
        #expect(shell.rubricList?.confirming == true)
        shell.type("y")
        #expect(shell.status == .error(.catalogue(.rubricInUse(Self.expected.name, columns: 1))))
        #expect(shell.rubricList?.confirming == false)
        shell.type("<up><F8>n")
        #expect(shell.rubricList?.confirming == false)
        #expect(try fixture.journal.rubrics().count == 2)
        shell.type("<F8>д")
        #expect(shell.status == .info(.catalogue(.deleted(spare.name))))
        #expect(shell.rubricList?.items.map(\.stored.rubric.name) == [Self.expected.name])
        #expect(try Journal(path: fixture.path, readOnly: true).rubrics().map(\.rubric.name) == [Self.expected.name])
    }

    @Test func settingsShowTheirLinksOnTheKeyBarAndInHelp() throws {
        let fixture = try GridFixture(scratch)
        let shell = settings(fixture, language: .en)
        #expect(shell.frame.last?.contains("F5Rubric") == true)
        #expect(shell.frame.last?.contains("F6Outcome") == true)
        #expect(shell.frame[shell.frame.count - 3].contains("F5 — rubrics, F6 — the outcome catalogue"))
        #expect(shell.helpEntries.contains { $0.keys == "F5" && $0.help == .journal(.catalogue(.keyRubrics)) })
    }
}
