import Testing
import ZhurnalCore
@testable import ZhurnalStore

/// Deleting a column takes its notes, rubric points, rubric, level and outcome tags with it, and
/// undoing the deletion brings every one of them back (nothing a teacher typed is lost).
@Suite struct ColumnAssessmentUndoTests {
    let scratch = Scratch()

    @Test func undoingAColumnDeletionRestoresNotesPointsAndTags() throws {
        let f = try Fixture(try scratch.journal())
        let j = f.journal, column = f.columns[0].id
        let rubric = try j.saveRubric(tenPointRubric()).rubricID
        try j.saveOutcome(Outcome(code: "П2", name: "задачи", type: .subject))
        try j.attachRubric(rubric, toColumn: column)
        try j.setLevel(.advanced, ofColumn: column)
        try j.tagColumn(column, outcomes: ["П2"])
        try j.scoreRubric(columnID: column, studentID: f.students[0].id, points: ["1": 6, "2": 3])
        let note = FormativeNote(worked: "дроби", nextStep: "задачи на движение", selfAssessment: .yellow, level: .basic)
        try j.setNote(columnID: column, studentID: f.students[1].id, to: note)

        try j.deleteColumn(id: column)
        #expect(try j.notes(columnID: column).isEmpty)
        #expect(try j.rubricPoints(columnID: column).isEmpty)
        #expect(try j.rubric(columnID: column) == nil)

        #expect(try j.undo()?.kind == .columnDelete)
        #expect(try j.entry(columnID: column, studentID: f.students[0].id) == .mark(5))
        #expect(try j.rubricPoints(columnID: column, studentID: f.students[0].id) == ["1": 6, "2": 3])
        #expect(try j.note(columnID: column, studentID: f.students[1].id) == note)
        #expect(try j.rubric(columnID: column)?.id == rubric)
        #expect(try j.level(ofColumn: column) == .advanced)
        #expect(try j.outcomeTags(columnID: column) == ["П2"])

        // Redo deletes it again, and a second undo restores it again.
        #expect(try j.redo() != nil)
        #expect(try j.column(id: column) == nil)
        #expect(try j.notes(columnID: column).isEmpty)
        #expect(try j.undo() != nil)
        #expect(try j.note(columnID: column, studentID: f.students[1].id) == note)
        #expect(try j.rubricPoints(columnID: column, studentID: f.students[0].id) == ["1": 6, "2": 3])
    }

    @Test func theKeptTagsRoundTripAndRefuseForeignText() {
        let tags = ColumnTags(rubricID: 3, level: .basic, outcomes: ["П1", "К1"])
        #expect(ColumnTags(encoded: tags.encoded) == tags)
        #expect(ColumnTags(encoded: "colour=red") == nil)
        #expect(ColumnTags(rubricID: nil, level: nil, outcomes: []).isEmpty)
    }
}
