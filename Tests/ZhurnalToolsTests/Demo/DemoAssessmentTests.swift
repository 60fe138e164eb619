import Foundation
import HostileSupport
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore
@testable import ZhurnalTools

/// The demo school's rubric, outcomes and notes.
@Suite struct DemoAssessmentTests {
    @Test func pointsReproduceEveryMark() {
        for mark in 2...5 {
            for variant in 0...1 {
                #expect(DemoAssessment.rubric.mark(for: DemoAssessment.points(for: mark, variant: variant)) == mark)
            }
        }
    }

    @Test func theDemoHasARubricScoresNotesAndOutcomes() throws {
        let scratch = ScratchFolder()
        let journal = try Journal(path: scratch.path("demo.sqlite"), user: "teacher")
        var generator = DemoGenerator()
        try DemoWriter.write(generator.generate(), into: journal)
        #expect(try journal.rubrics().map(\.rubric.name) == ["Контрольная работа (демо)"])
        #expect(try journal.outcomes().count == DemoAssessment.outcomes.count)
        let schoolClass = try #require(try journal.classes().first)
        var found: (subjectID: Int, grid: JournalGrid, control: Int)?
        for subject in try journal.subjects() where ["Математика", "Алгебра"].contains(subject.name) {
            let grid = try journal.grid(classID: schoolClass.id, subjectID: subject.id)
            if let control = grid.columns.first(where: { $0.kindCode == "control" }),
               try journal.rubric(columnID: control.id) != nil {
                found = (subject.id, grid, control.id)
            }
        }
        let (subjectID, grid, controlID) = try #require(found)
        let control = try #require(grid.columns.first { $0.id == controlID })
        #expect(try journal.level(ofColumn: control.id) == .basic)
        let scored = try journal.rubricPoints(columnID: control.id)
        #expect(!scored.isEmpty)
        for (studentID, points) in scored {
            #expect(grid.entries[CellKey(columnID: control.id, studentID: studentID)]
                == DemoAssessment.rubric.mark(for: points).map(Entry.mark))
        }
        #expect(try !journal.notedCells(classID: schoolClass.id, subjectID: subjectID).isEmpty)
        #expect(try journal.nextUndo() == nil)
    }
}
