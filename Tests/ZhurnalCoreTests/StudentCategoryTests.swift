import Testing
@testable import ZhurnalCore

/// docs/rules.md §8: отличники (all 5), хорошисты (4 and 5), с одной «3»,
/// неуспевающие (any 2 or н/а).
@Suite struct StudentCategoryTests {
    private func category(_ marks: [String]) -> StudentCategory? { StudentCategory.of(termMarks(marks)) }

    @Test func allFivesIsExcellent() {
        #expect(category(["5", "5", "5"]) == .excellent)
        #expect(category(["5"]) == .excellent)
    }

    @Test func foursAndFivesIsGood() {
        #expect(category(["5", "4", "5"]) == .good)
        #expect(category(["4", "4"]) == .good)
    }

    @Test func exactlyOneThreeWithFoursAndFives() {
        #expect(category(["5", "4", "3"]) == .oneThree)
        #expect(category(["5", "5", "3"]) == .oneThree)
        #expect(category(["3"]) == .oneThree)
    }

    @Test func twoThreesIsOther() {
        #expect(category(["5", "3", "3"]) == .other)
        #expect(category(["3", "3", "3", "4"]) == .other)
    }

    @Test func anyTwoOrNotAttestedIsFailing() {
        #expect(category(["5", "5", "2"]) == .failing)
        #expect(category(["5", "5", "1"]) == .failing)
        #expect(category(["5", "5", "н/а"]) == .failing)
        #expect(category(["3", "3", "2"]) == .failing)
        #expect(category(["н/а"]) == .failing)
        #expect(category(["3", "н/а"]) == .failing)
    }

    @Test func exemptIsIgnored() {
        #expect(category(["5", "осв", "5"]) == .excellent)
        #expect(category(["5", "осв", "4"]) == .good)
        #expect(category(["3", "осв"]) == .oneThree)
    }

    @Test func nothingLeftIsNil() {
        #expect(category([]) == nil)
        #expect(category(["осв", "осв"]) == nil)
    }

    @Test func allFiveCategoriesExist() {
        #expect(StudentCategory.allCases.count == 5)
        #expect(Set(StudentCategory.allCases) == [.excellent, .good, .oneThree, .failing, .other])
    }
}
