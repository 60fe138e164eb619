import Testing
import ZhurnalCore

@Suite("A student exempt from every work is recommended осв")
struct ExemptRecommendationTests {
    let rules = AttestationRules()

    @Test func exemptFromEveryWorkIsExempt() {
        let result = rules.recommend([(.exempt, Weight(1)), (.exempt, Weight(3))])
        #expect(result.mark == .exempt)
        #expect(result.average == nil)
        #expect(result.markCount == 0)
    }

    @Test func exemptAndAbsentIsNotAttested() {
        #expect(rules.recommend([(.exempt, Weight(1)), (.absence(.absent), Weight(1))]).mark == .notAttested)
    }

    @Test func exemptOnceWithMarksCountsTheMarks() {
        let result = rules.recommend([(.exempt, Weight(1)), (.mark(5), Weight(1)), (.mark(4), Weight(1)), (.mark(5), Weight(1))])
        #expect(result.mark == .mark(5))
        #expect(result.markCount == 3)
    }

    @Test func noEntriesAtAllIsNotAttested() {
        #expect(rules.recommend([]).mark == .notAttested)
    }
}
