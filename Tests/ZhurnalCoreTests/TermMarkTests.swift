import Testing
@testable import ZhurnalCore

/// Term and year marks as text, and the teacher's final mark with its reason.
@Suite struct TermMarkTests {
    @Test func parsesMarksNotAttestedAndExempt() {
        for m in 1...5 { #expect(TermMark.parse(String(m)) == .mark(m)) }
        for text in ["н/а", "Н/А", "на", "н\\а", "n/a", "N/A", "na", " н/а "] {
            #expect(TermMark.parse(text) == .notAttested, "\(text)")
        }
        #expect(TermMark.parse("осв") == .exempt)
        #expect(TermMark.parse("ОСВ") == .exempt)
        #expect(TermMark.parse("osv") == .exempt)
    }

    @Test func refusals() {
        for text in ["0", "6", "55", "", " ", "5/4", "н", "зч", "abc", "-1", "4.5"] {
            #expect(TermMark.parse(text) == nil, "\(text)")
        }
    }

    @Test func textAndNumericValue() {
        #expect(TermMark.mark(4).description == "4")
        #expect(TermMark.notAttested.description == "н/а")
        #expect(TermMark.exempt.description == "осв")
        #expect(TermMark.mark(4).numeric == 4)
        #expect(TermMark.notAttested.numeric == nil)
        #expect(TermMark.exempt.numeric == nil)
        for mark: TermMark in [.mark(1), .mark(5), .notAttested, .exempt] {
            #expect(TermMark.parse(mark.description) == mark)
        }
    }

    @Test func finalMarkKeepsTheOverrideReason() {
        let computed = FinalMark(value: .mark(4))
        #expect(computed.reason == nil)
        let overridden = FinalMark(value: .mark(5), reason: "олимпиада")
        #expect(overridden.value == .mark(5))
        #expect(overridden.reason == "олимпиада")
        #expect(overridden != FinalMark(value: .mark(5)))
        #expect(FinalMark(value: .notAttested, reason: "болезнь").value.description == "н/а")
    }
}
