import Foundation
import HostileSupport
import Testing
import ZhurnalApp
import ZhurnalCore
import ZhurnalStore

/// The outcome screen (`o` in the grid) on a small hand-computed class.
///
/// Column 1 (07.09, marks 5 4 3 н) is tagged Р1 and Л1; column 2 (14.09, the контрольная) has a
/// rubric whose criterion 1 (of 6) is tagged П1 and is повышенный. Андреев scores 6 + 3 → 5 and
/// П1 100% (повышенный); the long-named student 3 + 1 → 2 and П1 50% (базовый). Р1 from the marks:
/// 5 → повышенный, 4 and 3 → базовый, none for the absent. Л1 only from notes: Андреев
/// повышенный, Петров базовый. Marks in повышенный columns: 5, 2, 2, 5 → class 3.50.
@Suite struct OutcomeScreenTests {
    let scratch = ScratchFolder()

    private func prepared() throws -> GridFixture {
        let f = try GridFixture(scratch)
        let j = f.journal
        for outcome in [Outcome(code: "П1", name: "дроби", type: .subject),
                        Outcome(code: "Р1", name: "планирование", type: .regulatory),
                        Outcome(code: "Л1", name: "ответственность", type: .personal)] {
            try j.saveOutcome(outcome)
        }
        try j.tagColumn(f.columns[0].id, outcomes: ["Р1", "Л1"])
        let rubric = Rubric(name: "К1", criteria: [
            RubricCriterion(code: "1", description: "вычисления", maxPoints: 6, outcome: "П1"),
            RubricCriterion(code: "2", description: "задача", maxPoints: 4, group: "задачи"),
        ], scale: RubricScale(basis: .points, steps: [
            RubricStep(mark: 2, minimum: 0), RubricStep(mark: 3, minimum: 5), RubricStep(mark: 4, minimum: 7),
            RubricStep(mark: 5, minimum: 9, groupMinima: ["задачи": 3]),
        ]))
        try j.attachRubric(try j.saveRubric(rubric).rubricID, toColumn: f.columns[1].id)
        try j.setLevel(.advanced, ofColumn: f.columns[1].id)
        try j.scoreRubric(columnID: f.columns[1].id, studentID: f.students[0].id, points: ["1": 6, "2": 3])
        try j.scoreRubric(columnID: f.columns[1].id, studentID: f.students[1].id, points: ["1": 3, "2": 1])
        try j.setNote(columnID: f.columns[0].id, studentID: f.students[0].id,
                      to: FormativeNote(worked: "устный счёт", nextStep: "дроби", selfAssessment: .green, level: .advanced))
        try j.setNote(columnID: f.columns[0].id, studentID: f.students[2].id, to: FormativeNote(level: .basic))
        return f
    }

    @Test func classCountsProfileAndLevels() throws {
        let f = try prepared()
        let overview = try OutcomeOverview.build(journal: f.journal, classID: f.pair.classID, studentID: f.students[0].id,
                                                 kinds: WorkKind.defaults)
        #expect(overview.classCounts.map(\.outcome.code) == ["Л1", "П1", "Р1"])
        #expect(overview.classCounts.map { [$0.basic, $0.advanced, $0.none] } == [[1, 1, 2], [1, 1, 2], [2, 1, 1]])
        #expect(overview.profile.map(\.share) == [nil, Ratio(100), nil])
        #expect(overview.profile.map(\.average) == [nil, nil, Ratio(5)])
        #expect(overview.profile.map(\.level) == [.advanced, .advanced, .advanced])
        #expect(overview.studentLevels[.advanced]?.map(\.mark) == [5])
        #expect(WeightedAverage.of(overview.classLevels[.advanced] ?? []) == Ratio(hundredths: 350))
        #expect(overview.notes.map(\.note.worked) == ["устный счёт"])
    }

    @Test func theScreenFromTheGrid() throws {
        let f = try prepared()
        var shell = try f.shell()
        shell.type("o")
        #expect(shell.top is OutcomeScreen)
        let frame = shell.frame
        let rows = frame.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
        #expect(rows.contains(" П1 дроби                           базовый 1 · повышенный 1 · не достигнут 2"))
        #expect(rows.contains(" П1 дроби                           100.00%      —     повышенный"))
        #expect(rows.contains(" Р1 планирование                    —            5.00  повышенный"))
        #expect(rows.contains(" повышенный: ученик 5.00 (1) · класс 3.50 (4)"))
        #expect(rows.contains(" 07.09 Алгебра · зелёный · повышенный · устный счёт → дроби"))
        shell.type("<esc>")
        #expect(shell.grid != nil)
        // The student card opens the same screen.
        shell.type("co")
        #expect((shell.top as? OutcomeScreen)?.overview.profile.map(\.level) == [.advanced, .advanced, .advanced])
    }
}
