import HostileSupport
import Testing
import ZhurnalCore
import ZhurnalStore
@testable import ZhurnalApp
@testable import ZhurnalTools

/// The demo's October ВПР: every student with a numeric first-term mark in mathematics and
/// Russian took it, the scores lie in the band of their mark, and the objectivity report tells
/// the objective class (5А) from the one whose marks are too high (7Б).
@Suite struct DemoExternalTests {
    @Test func theDemoVPRSeparatesAnObjectiveClassFromAnInflatedOne() throws {
        let scratch = ScratchFolder()
        let journal = try Journal(path: scratch.path("demo.sqlite"), user: "teacher")
        var generator = DemoGenerator()
        try DemoWriter.write(generator.generate(), into: journal)
        #expect(try journal.externalProcedures() == ["ВПР"])
        let results = try journal.externalResults(procedure: "ВПР")
        #expect(results.count == (26 + 30 + 24) * 2)
        for result in results {
            let paper = try #require(DemoExternal.papers.first { $0.day == result.date.day })
            let score = try #require(result.score)
            #expect(paper.scale.mark(for: score) == result.mark, "score \(score) mark \(result.mark)")
            #expect((0...paper.maximum).contains(score))
        }
        let settings = try journal.schoolSettings(today: DemoGenerator.today)
        let report = try ObjectivityBuilder(journal: journal, settings: settings).report(procedure: "ВПР", term: nil)
        let byClass = Dictionary(grouping: report.groups, by: \.className)
        #expect(try #require(byClass["5А"]).allSatisfy { !$0.figures.loweredHighlighted && !$0.figures.raisedHighlighted })
        let algebra = try #require(byClass["7Б"]?.first { $0.subject == "Алгебра" })
        #expect(algebra.figures.loweredHighlighted)
        #expect(algebra.term == 1)
    }
}
