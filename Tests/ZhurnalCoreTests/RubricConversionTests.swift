import Testing
@testable import ZhurnalCore

/// ОГЭ математика 2024 as a rubric: 31 points, 8 of them in the geometry group (criteria 15–19
/// and 23–25 condensed here into two groups of criteria with the same maxima).
func ogeMathematics() -> Rubric {
    Rubric(name: "ОГЭ математика", criteria: [
        RubricCriterion(code: "A", description: "алгебра, часть 1", maxPoints: 14, group: "алгебра"),
        RubricCriterion(code: "G", description: "геометрия, часть 1", maxPoints: 5, group: "геометрия"),
        RubricCriterion(code: "A2", description: "алгебра, часть 2", maxPoints: 6, group: "алгебра"),
        RubricCriterion(code: "G2", description: "геометрия, часть 2", maxPoints: 6, group: "геометрия"),
    ], scale: RubricScale(basis: .points, steps: [
        RubricStep(mark: 2, minimum: 0),
        RubricStep(mark: 3, minimum: 8, groupMinima: ["геометрия": 2]),
        RubricStep(mark: 4, minimum: 15, groupMinima: ["геометрия": 2]),
        RubricStep(mark: 5, minimum: 22, groupMinima: ["геометрия": 2]),
    ]))
}

/// docs/rubrics.md, "Conversion": the highest mark whose total and group minima hold.
@Suite struct RubricConversionTests {
    let rubric = ogeMathematics()

    private func mark(algebra: Int, geometry: Int) -> Int? {
        rubric.mark(for: ["A": min(algebra, 14), "A2": max(algebra - 14, 0),
                          "G": min(geometry, 5), "G2": max(geometry - 5, 0)])
    }

    @Test func maximumIsTheSumOfCriteria() {
        #expect(rubric.maximum == 31)
        #expect(rubric.problem == nil)
    }

    @Test func everyPointsBoundaryWithGeometryHeld() {
        #expect(mark(algebra: 0, geometry: 0) == 2)
        #expect(mark(algebra: 5, geometry: 2) == 2)   // 7
        #expect(mark(algebra: 4, geometry: 3) == 2)   // 7
        #expect(mark(algebra: 5, geometry: 3) == 3)   // 8
        #expect(mark(algebra: 11, geometry: 3) == 3)  // 14
        #expect(mark(algebra: 12, geometry: 3) == 4)  // 15
        #expect(mark(algebra: 18, geometry: 3) == 4)  // 21
        #expect(mark(algebra: 19, geometry: 3) == 5)  // 22
        #expect(mark(algebra: 20, geometry: 11) == 5) // 31
    }

    @Test func groupMinimumAtTheBoundary() {
        #expect(mark(algebra: 6, geometry: 2) == 3)   // 8 with exactly 2 geometry
        #expect(mark(algebra: 7, geometry: 1) == 2)   // 8 but 1 geometry
        #expect(mark(algebra: 13, geometry: 2) == 4)  // 15 with exactly 2
    }

    @Test func shortInTheGroupGivesTheHighestMarkWhoseMinimaHold() {
        #expect(mark(algebra: 14, geometry: 1) == 2)  // 15 points, enough for a 4, but 1 in geometry
        #expect(mark(algebra: 20, geometry: 1) == 2)  // 21
        let lenient = Rubric(name: "x", criteria: rubric.criteria, scale: RubricScale(basis: .points, steps: [
            RubricStep(mark: 2, minimum: 0), RubricStep(mark: 3, minimum: 8),
            RubricStep(mark: 4, minimum: 15, groupMinima: ["геометрия": 2]),
            RubricStep(mark: 5, minimum: 22, groupMinima: ["геометрия": 4]),
        ]))
        #expect(lenient.mark(for: ["A": 14, "A2": 6, "G": 1]) == 3)   // 21: a 4 by points, geometry 1 → 3
        #expect(lenient.mark(for: ["A": 14, "A2": 6, "G": 3]) == 4) // 23 with 3 geometry → 4
        #expect(lenient.mark(for: ["A": 14, "A2": 6, "G": 4]) == 5)
    }

    @Test func noPointsGiveNoMarkAndNoStepGivesNone() {
        #expect(rubric.mark(for: [:]) == nil)
        let noTwo = Rubric(name: "x", criteria: rubric.criteria,
                           scale: RubricScale(basis: .points, steps: [RubricStep(mark: 3, minimum: 8)]))
        #expect(noTwo.mark(for: ["A": 7]) == nil)
        #expect(noTwo.mark(for: ["A": 8]) == 3)
    }
}

/// Percent scales: a step holds when total × 100 ≥ minimum × maximum, exactly.
@Suite struct RubricPercentScaleTests {
    let rubric = Rubric(name: "Контрольная", criteria: [
        RubricCriterion(code: "1", description: "", maxPoints: 3),
        RubricCriterion(code: "2", description: "", maxPoints: 4),
    ], scale: RubricScale(basis: .percent, steps: [
        RubricStep(mark: 2, minimum: 0), RubricStep(mark: 3, minimum: 50),
        RubricStep(mark: 4, minimum: 70), RubricStep(mark: 5, minimum: 90),
    ]))

    @Test func boundariesOfSevenPoints() {
        // 3/7 = 42.9 %, 4/7 = 57.1 %, 5/7 = 71.4 %, 6/7 = 85.7 %, 7/7 = 100 %
        let marks = (0...7).map { rubric.mark(for: ["1": min($0, 3), "2": max($0 - 3, 0)]) }
        #expect(marks == [2, 2, 2, 2, 3, 4, 4, 5])
    }

    @Test func exactPercentHolds() {
        let ten = Rubric(name: "x", criteria: [RubricCriterion(code: "1", description: "", maxPoints: 10)],
                         scale: rubric.scale)
        #expect(ten.mark(for: ["1": 4]) == 2)
        #expect(ten.mark(for: ["1": 5]) == 3)
        #expect(ten.mark(for: ["1": 6]) == 3)
        #expect(ten.mark(for: ["1": 7]) == 4)
        #expect(ten.mark(for: ["1": 8]) == 4)
        #expect(ten.mark(for: ["1": 9]) == 5)
        #expect(ten.mark(for: ["1": 10]) == 5)
    }

    @Test func problemsOfDefinitions() {
        var bad = rubric
        bad.scale.steps.append(RubricStep(mark: 5, minimum: 95))
        #expect(bad.problem == .badMark(5))
        bad = rubric
        bad.scale.steps[1].minimum = 101
        #expect(bad.problem == .badMinimum(3))
        bad = rubric
        bad.scale.steps[1].groupMinima = ["нет": 1]
        #expect(bad.problem == .unknownGroup("нет"))
        bad = rubric
        bad.criteria.append(RubricCriterion(code: "1", description: "", maxPoints: 1))
        #expect(bad.problem == .duplicateCode("1"))
        bad = rubric
        bad.criteria[0].maxPoints = 0
        #expect(bad.problem == .badMaximum("1"))
    }
}
