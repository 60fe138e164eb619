import Testing
@testable import ZhurnalCore

/// The kinds a student's card compares side by side: weight 2 or more, in the settings' order.
@Suite struct ComparableKindsTests {
    @Test func weightTwoOrMoreInTheSettingsOrder() {
        let kinds = WorkKind.defaults
        #expect(kinds.comparable.map(\.code) == kinds.filter { $0.weight.hundredths >= 200 }.map(\.code))
        #expect(kinds.comparable.map(\.code).contains("test"))
        #expect(!kinds.comparable.map(\.code).contains("answer"))
    }

    @Test func justBelowTwoIsNotComparable() {
        var lighter = WorkKind.defaults[0], atTwo = WorkKind.defaults[0]
        lighter.weight = w("1.99")
        atTwo.weight = w("2")
        #expect([lighter, atTwo].comparable == [atTwo])
        #expect([WorkKind]().comparable.isEmpty)
    }
}
