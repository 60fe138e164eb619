import Foundation
import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// A two-criterion rubric on 10 points with a group minimum for a 5.
func tenPointRubric(five: Int = 9) -> Rubric {
    Rubric(name: "Контрольная 1", criteria: [
        RubricCriterion(code: "1", description: "вычисления", maxPoints: 6),
        RubricCriterion(code: "2", description: "задача", maxPoints: 4, outcome: "П2", group: "задачи"),
    ], scale: RubricScale(basis: .points, steps: [
        RubricStep(mark: 2, minimum: 0), RubricStep(mark: 3, minimum: 5), RubricStep(mark: 4, minimum: 7),
        RubricStep(mark: 5, minimum: five, groupMinima: ["задачи": 3]),
    ]))
}

/// Rubrics in the journal: scoring derives the cell's mark through `setEntry`, so history and
/// undo see it; a changed scale re-derives the marks with a reason.
@Suite struct AssessmentStoreTests {
    let scratch = Scratch()

    private func scored() throws -> (Fixture, Int) {
        let f = try Fixture(try scratch.journal())
        let saved = try f.journal.saveRubric(tenPointRubric())
        try f.journal.attachRubric(saved.rubricID, toColumn: f.columns[0].id)
        return (f, saved.rubricID)
    }

    @Test func scoringDerivesTheMarkAndIsOneChangeInTheHistory() throws {
        let (f, _) = try scored()
        let j = f.journal, column = f.columns[0].id, student = f.students[0].id
        #expect(try j.scoreRubric(columnID: column, studentID: student, points: ["1": 6, "2": 2]) == .mark(4))
        #expect(try j.entry(columnID: column, studentID: student) == .mark(4))
        #expect(try j.rubricPoints(columnID: column, studentID: student) == ["1": 6, "2": 2])
        #expect(try j.scoreRubric(columnID: column, studentID: student, points: ["2": 3]) == .mark(5))
        #expect(try j.scoreRubric(columnID: column, studentID: student, points: ["9": 3, "2": 99]) == .mark(5))
        #expect(try j.rubricPoints(columnID: column, studentID: student) == ["1": 6, "2": 4])
        let cell = try j.history(columnID: column, studentID: student)
        #expect(cell.filter { $0.kind == .entry }.map(\.newValue) == ["5", "4"])
        #expect(cell.filter { $0.kind == .rubricScore }.count == 4)
        // Undo puts back the points and the mark together.
        #expect(try j.undo()?.kind == .rubricScore)
        #expect(try j.rubricPoints(columnID: column, studentID: student) == ["1": 6, "2": 3])
        #expect(try j.entry(columnID: column, studentID: student) == .mark(5))
        #expect(try j.undo() != nil)
        #expect(try j.rubricPoints(columnID: column, studentID: student) == ["1": 6, "2": 2])
        #expect(try j.entry(columnID: column, studentID: student) == .mark(4))
    }

    /// A criterion taken out of the rubric takes its points with it (in the history, so undo
    /// brings them back); a lowered maximum cuts the points above it.
    @Test func aRemovedCriterionsPointsGoAndALoweredMaximumCutsThem() throws {
        let (f, _) = try scored()
        let j = f.journal, column = f.columns[0].id, student = f.students[0].id
        try j.scoreRubric(columnID: column, studentID: student, points: ["1": 6, "2": 3])
        var smaller = tenPointRubric()
        smaller.criteria = [RubricCriterion(code: "1", description: "вычисления", maxPoints: 5)]
        smaller.scale = RubricScale(basis: .points, steps: [RubricStep(mark: 2, minimum: 0), RubricStep(mark: 5, minimum: 5)])
        #expect(try j.saveRubric(smaller).rederived == 0)
        #expect(try j.rubricPoints(columnID: column, studentID: student) == ["1": 5])
        #expect(try j.entry(columnID: column, studentID: student) == .mark(5))
        let scores = try j.history(columnID: column, studentID: student).filter { $0.kind == .rubricScore }
        #expect(scores.prefix(2).map { [$0.reason, $0.oldValue, $0.newValue] } == [["2", "3", nil], ["1", "6", "5"]])
        #expect(try j.undo() != nil)
        #expect(try j.rubricPoints(columnID: column, studentID: student) == ["1": 6, "2": 3])
    }

    @Test func aChangedScaleReDerivesTheMarksAndTheHistorySaysSo() throws {
        let (f, rubricID) = try scored()
        let j = f.journal, column = f.columns[0].id
        try j.scoreRubric(columnID: column, studentID: f.students[0].id, points: ["1": 6, "2": 3])
        try j.scoreRubric(columnID: column, studentID: f.students[1].id, points: ["1": 4, "2": 3])
        #expect(try j.entry(columnID: column, studentID: f.students[0].id) == .mark(5))
        let result = try j.saveRubric(tenPointRubric(five: 10))
        #expect(result == RubricSaveResult(rubricID: rubricID, replaced: true, rederived: 1))
        #expect(try j.entry(columnID: column, studentID: f.students[0].id) == .mark(4))
        #expect(try j.entry(columnID: column, studentID: f.students[1].id) == .mark(4))
        let last = try #require(try j.history(columnID: column, studentID: f.students[0].id).first)
        #expect(last.kind == .entry && last.oldValue == "5" && last.newValue == "4")
        #expect(last.reason == Journal.rubricChangedReason)
        #expect(try j.rubric(columnID: column)?.rubric == tenPointRubric(five: 10))
        #expect(try j.rubrics().map(\.id) == [rubricID])
    }

    @Test func notesNeverChangeTheAverageAndAreInTheHistory() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal, student = f.students[0].id
        try j.setEntry(columnID: f.columns[0].id, studentID: student, to: .mark(3))
        try j.setEntry(columnID: f.columns[1].id, studentID: student, to: .mark(5))
        func average() throws -> Ratio? {
            let grid = try j.grid(classID: f.schoolClass.id, subjectID: f.subject.id)
            var items: [(entry: Entry, weight: Weight)] = []
            for column in grid.columns {
                if let entry = grid.entries[CellKey(columnID: column.id, studentID: student)] {
                    items.append((entry: entry, weight: column.weight ?? Weight(1)))
                }
            }
            return WeightedAverage.of(items)
        }
        let before = try average()
        let note = FormativeNote(worked: "дроби", nextStep: "проценты", selfAssessment: .yellow, level: .basic)
        #expect(try j.setNote(columnID: f.columns[0].id, studentID: student, to: note))
        #expect(try j.setNote(columnID: f.columns[1].id, studentID: student,
                              to: FormativeNote(worked: "всё", level: .advanced)))
        #expect(try average() == before)
        #expect(try j.entry(columnID: f.columns[0].id, studentID: student) == .mark(3))
        #expect(try j.note(columnID: f.columns[0].id, studentID: student) == note)
        #expect(try j.notedCells(classID: f.schoolClass.id, subjectID: f.subject.id).count == 2)
        let row = try #require(try j.history(columnID: f.columns[0].id, studentID: student).first)
        #expect(row.kind == .note && FormativeNoteText.decode(row.newValue ?? "") == note)
        #expect(try j.undo()?.kind == .note)
        #expect(try j.note(columnID: f.columns[1].id, studentID: student) == nil)
        #expect(!(try j.setNote(columnID: f.columns[1].id, studentID: student, to: FormativeNote())))
    }

    @Test func rubricJSONRoundTripsAndRefusesBadDefinitions() throws {
        let rubric = tenPointRubric()
        #expect(try RubricJSON.decode(Array(RubricJSON.encode(rubric).utf8)) == rubric)
        #expect(throws: RubricImportError.unreadable) { try RubricJSON.decode(Array("[]".utf8)) }
        #expect(throws: RubricImportError.badBasis("score")) {
            try RubricJSON.decode(Array(#"{"name":"x","basis":"score","criteria":[],"scale":[]}"#.utf8))
        }
        #expect(throws: RubricImportError.invalid(.noCriteria)) {
            try RubricJSON.decode(Array(#"{"name":"x","basis":"points","criteria":[],"scale":[]}"#.utf8))
        }
    }
}

/// `import rubric-scores`: all or nothing, every bad row as `line N: reason`.
@Suite struct ImportRubricScoresTests {
    let scratch = Scratch()

    private func file(_ rows: String) -> [UInt8] {
        Array(("class,subject,date,work,student,criterion,points\n" + rows).utf8)
    }

    /// A контрольная on 2 September with the rubric and a самостоятельная on 1 September without.
    private func columns(_ f: Fixture) throws -> (control: Int, independent: Int) {
        let j = f.journal
        let control = try j.addColumn(classID: f.schoolClass.id, subjectID: f.subject.id,
                                      date: LocalDate(year: 2026, month: 9, day: 2)!, kindCode: "control")
        let independent = try j.addColumn(classID: f.schoolClass.id, subjectID: f.subject.id,
                                          date: LocalDate(year: 2026, month: 9, day: 1)!, kindCode: "independent")
        try j.attachRubric(try j.saveRubric(tenPointRubric()).rubricID, toColumn: control.id)
        return (control.id, independent.id)
    }

    @Test func scoresTheClassAndDerivesMarks() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        let control = try columns(f).control
        let count = try j.importRubricScores(file("""
            7А,Математика,2026-09-02,контрольная работа,Иванов Пётр,1,6
            7А,Математика,02.09.2026,контрольная работа,Иванов Пётр,2,3
            7А,Математика,2026-09-02,контрольная работа,Петрова Анна Ивановна,1,2
            """), kinds: WorkKind.defaults)
        #expect(count == 2)
        #expect(try j.entry(columnID: control, studentID: f.students[0].id) == .mark(5))
        #expect(try j.entry(columnID: control, studentID: f.students[2].id) == .mark(2))
    }

    @Test func everyBadRowIsListedAndNothingIsWritten() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal
        let control = try columns(f).control
        #expect(throws: ImportFailure.badRows([
            ImportRowError(line: 3, problem: .unknownCriterion("7")),
            ImportRowError(line: 4, problem: .badPoints("5")),
            ImportRowError(line: 5, problem: .badPoints("-1")),
            ImportRowError(line: 6, problem: .noRubric(date: "2026-09-01", work: "самостоятельная работа")),
            ImportRowError(line: 7, problem: .noColumn(date: "2026-09-03", work: "контрольная работа")),
        ])) {
            try j.importRubricScores(file("""
                7А,Математика,2026-09-02,контрольная работа,Иванов Пётр,1,6
                7А,Математика,2026-09-02,контрольная работа,Иванов Пётр,7,1
                7А,Математика,2026-09-02,контрольная работа,Иванов Пётр,2,5
                7А,Математика,2026-09-02,контрольная работа,Иванов Пётр,2,-1
                7А,Математика,2026-09-01,самостоятельная работа,Иванов Пётр,1,1
                7А,Математика,2026-09-03,контрольная работа,Иванов Пётр,1,1
                """), kinds: WorkKind.defaults)
        }
        #expect(try j.entry(columnID: control, studentID: f.students[0].id) == nil)
        #expect(try j.rubricPoints(columnID: control).isEmpty)
    }
}
