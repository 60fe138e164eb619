import HostileSupport
import TerminalUI
import Testing
@testable import ZhurnalApp
import ZhurnalCore
import ZhurnalStore
@testable import ZhurnalTools

/// docs/progress.md, "Risk zone and decline", on the demo school: in every class the risk share is
/// a minority, declining students are apart from it, and the lists are ranked.
@Suite struct DemoRiskTests {
    private func demo() throws -> ProgressBuilder {
        let scratch = ScratchFolder()
        let journal = try Journal(path: scratch.path("demo.sqlite"), user: "teacher")
        var generator = DemoGenerator()
        try DemoWriter.write(generator.generate(), into: journal)
        return ProgressBuilder(journal: journal, settings: try journal.schoolSettings(today: DemoGenerator.today),
                               today: DemoGenerator.today)
    }

    private func isRanked(_ students: [RiskReport.StudentRisk]) -> Bool {
        let ranks = students.compactMap(\.rank)
        return ranks.count == students.count && zip(ranks, ranks.dropFirst()).allSatisfy { !($1 < $0) }
    }

    @Test func eachClassIsAtRiskInAMinorityAndTheListsAreRanked() throws {
        let builder = try demo()
        let school = try builder.schoolRisk(grade: nil, term: nil)
        #expect(school.classes.map(\.className) == ["5А", "7Б", "9А"])
        for report in school.classes {
            #expect(report.students.count * 2 < report.classSize, "\(report.className): \(report.students.count)/\(report.classSize)")
            #expect(report.students.count > 0, "\(report.className)")
            for share in report.subjects {
                #expect(share.atRisk * 2 < share.students, "\(report.className) \(share.subject)")
            }
            #expect(isRanked(report.students), "\(report.className)")
            // a declining student is never counted at risk, and every listed one is at risk
            let atRisk = Set(report.students.map(\.studentID))
            #expect(report.declining.allSatisfy { !atRisk.contains($0.studentID) })
            #expect(report.students.allSatisfy { $0.subjects.allSatisfy { RiskAssessment.isAtRisk($0.reasons) } })
            #expect(report.declining.allSatisfy { $0.subjects.allSatisfy { !RiskAssessment.isAtRisk($0.reasons) } })
        }
        #expect(school.students.count == school.classes.reduce(0) { $0 + $1.students.count })
        #expect(isRanked(school.students))
        #expect(school.share.map { $0 < Ratio(50) } == true)
    }

    @Test func aGradeListsOnlyItsClasses() throws {
        let builder = try demo()
        let seventh = try builder.schoolRisk(grade: 7, term: nil)
        #expect(seventh.classes.map(\.className) == ["7Б"])
        #expect(seventh.students.allSatisfy { $0.className == "7Б" })
        #expect(throws: ProgressBuilder.Failure.noClassesInGrade(8)) { try builder.schoolRisk(grade: 8, term: nil) }
    }

    @Test func theSchoolListOpensWithF5FromTheFirstScreen() throws {
        let builder = try demo()
        let session = try JournalSession(journal: builder.journal, today: DemoGenerator.today)
        var shell = AppShell(root: try PickerScreen(session: session), size: Size(width: 80, height: 24),
                             context: DrawContext(language: .ru))
        #expect(shell.frame.last?.contains("5") == true)
        shell.handle(.function(5))
        #expect(shell.top is SchoolRiskScreen)
        let lines = shell.frame
        #expect(lines.contains { $0.contains("Зона риска: вся школа") })
        #expect(lines.contains { $0.contains("1. ") })
    }
}
