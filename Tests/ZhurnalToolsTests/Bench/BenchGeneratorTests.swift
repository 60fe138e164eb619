import Foundation
import HostileSupport
import Testing
@testable import ZhurnalApp
import ZhurnalCore
@testable import ZhurnalStore
@testable import ZhurnalTools

/// The bench school generator: sizes of each scale, determinism from the seed, what a school holds.
@Suite struct BenchGeneratorTests {
    private func generate(seed: UInt64, in scratch: ScratchFolder, name: String = "school.sqlite") throws -> Journal {
        let journal = try Journal(path: scratch.path(name))
        try BenchGenerator(scale: .small, seed: seed).write(school: 0, into: journal)
        return journal
    }

    @Test func schoolScaleSpreadsAThousandStudentsOverThirtySixClasses() {
        #expect(BenchScale.school.classes == 36)
        #expect(BenchScale.school.students == 1_000)
        #expect(BenchScale.school.subjects == 15)
        #expect(BenchScale.district.schools == 20)
        #expect(BenchScale.small.schools == 1)
    }

    @Test func sameSeedGivesTheSameSchool() throws {
        let scratch = ScratchFolder()
        let first = try BenchCounts(journal: generate(seed: 7, in: scratch, name: "a.sqlite"))
        let second = try BenchCounts(journal: generate(seed: 7, in: scratch, name: "b.sqlite"))
        let other = try BenchCounts(journal: generate(seed: 8, in: scratch, name: "c.sqlite"))
        #expect(first == second)
        #expect(first.checksum != other.checksum)
    }

    @Test func smallSchoolHasItsClassesSubjectsAndOneTermOfLessons() throws {
        let scratch = ScratchFolder()
        let journal = try generate(seed: BenchCommand.defaultSeed, in: scratch)
        let classes = try journal.classes()
        #expect(classes.map(\.name) == ["5А", "5Б", "5В"])
        #expect(try classes.map { try journal.students(classID: $0.id).count } == [25, 25, 25])
        let firstTerm = BenchGenerator.settings(school: 0).calendar.terms[0]
        for schoolClass in classes {
            let grids = try journal.grids(classID: schoolClass.id)
            #expect(grids.count == 4)
            for grid in grids.values {
                #expect(!grid.columns.isEmpty)
                #expect(grid.columns.allSatisfy { firstTerm.contains($0.date) && $0.date.weekday <= 5 })
                #expect(Set(grid.students.map(\.lastName)).count > 1)
            }
        }
        let counts = try BenchCounts(journal: journal)
        #expect(counts.students == 75)
        #expect(counts.entries > counts.columns * 10)
        #expect(counts.notes > 0)
        #expect(counts.rubricScores > 0)
        #expect(try journal.setting(named: BenchGenerator.markerKey).map { String(decoding: $0, as: UTF8.self) } == "small 2026 0")
    }

    @Test func rubricColumnsGetTheirMarksFromThePoints() throws {
        let scratch = ScratchFolder()
        let journal = try generate(seed: 3, in: scratch)
        let derived = try journal.connection.scalarInt("""
            SELECT count(*) FROM entries e JOIN column_rubrics r ON r.column_id = e.column_id
            WHERE EXISTS (SELECT 1 FROM rubric_scores s WHERE s.column_id = e.column_id AND s.student_id = e.student_id)
            """) ?? 0
        let scored = try journal.connection.scalarInt(
            "SELECT count(*) FROM (SELECT DISTINCT column_id, student_id FROM rubric_scores)") ?? 0
        #expect(scored > 0)
        #expect(derived == scored)
    }

    @Test func lessonsSkipWeekendsAndTheSubjectsFreeWeekday() {
        let term = Term(number: 1, start: LocalDate(year: 2026, month: 9, day: 1)!, end: LocalDate(year: 2026, month: 9, day: 30)!)
        let days = BenchGenerator.lessonDays(terms: [term], skipping: 3)
        #expect(!days.isEmpty)
        #expect(days.allSatisfy { $0.day.weekday <= 5 && $0.day.weekday != 3 && $0.term == 1 })
        #expect(days.count == 22 - 5)
    }
}
