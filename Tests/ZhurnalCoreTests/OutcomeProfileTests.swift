import Testing
@testable import ZhurnalCore

/// docs/rubrics.md, "Outcomes and levels", on a hand-computed class of three.
///
/// П1 (предметный) is tagged on criteria: Аня earned 7 of 8 (87.50% → повышенный), Борис 4 of 8
/// (50.00% → базовый), Вера 3 of 8 (37.50% → none). Р1 (регулятивные) is tagged on columns:
/// Аня 5 (×2) and 4 (×1) → 14/3 = 4.67 → повышенный; Борис 3 (×2), 2 (×1) → 8/3 = 2.67 → none;
/// Вера 4 and 3 with weights 1.5 and 1 → 9/2.5 = 3.60 → базовый. Л1 (личностный) comes from notes
/// only: Аня базовый, Борис базовый and повышенный → повышенный, Вера none.
@Suite struct OutcomeProfileTests {
    let outcomes = [
        Outcome(code: "П1", name: "дроби", type: .subject),
        Outcome(code: "Р1", name: "планирование", type: .regulatory),
        Outcome(code: "Л1", name: "ответственность", type: .personal),
    ]

    private func marks(_ items: [(Int, String)]) -> [WeightedMark] {
        items.map { WeightedMark(mark: $0.0, weight: w($0.1)) }
    }

    var profiles: [[OutcomeResult]] {
        [
            OutcomeProfile.compute(outcomes, evidence: [
                "П1": OutcomeEvidence(earned: 7, available: 8),
                "Р1": OutcomeEvidence(marks: marks([(5, "2"), (4, "1")])),
                "Л1": OutcomeEvidence(earned: 3, available: 4, marks: marks([(5, "1")]), levels: [.basic]),
            ]),
            OutcomeProfile.compute(outcomes, evidence: [
                "П1": OutcomeEvidence(earned: 4, available: 8),
                "Р1": OutcomeEvidence(marks: marks([(3, "2"), (2, "1")])),
                "Л1": OutcomeEvidence(levels: [.basic, .advanced]),
            ]),
            OutcomeProfile.compute(outcomes, evidence: [
                "П1": OutcomeEvidence(earned: 3, available: 8),
                "Р1": OutcomeEvidence(marks: marks([(4, "1.5"), (3, "1")])),
            ]),
        ]
    }

    @Test func sharesAveragesAndLevels() {
        let p = profiles
        #expect(p[0].map(\.share) == [h(8750), nil, nil])
        #expect(p[1].map(\.share) == [h(5000), nil, nil])
        #expect(p[2].map(\.share) == [h(3750), nil, nil])
        #expect(p[0][1].average == Ratio(numerator: 14, denominator: 3))
        #expect(p[0][1].average?.shown == "4.67")
        #expect(p[1][1].average?.shown == "2.67")
        #expect(p[2][1].average == h(360))
        #expect(p.map { $0.map(\.level) } == [[.advanced, .advanced, .basic], [.basic, nil, .advanced], [nil, .basic, nil]])
    }

    @Test func personalOutcomesIgnorePointsAndMarks() {
        let personal = profiles[0][2]
        #expect(personal.earned == 0 && personal.available == 0 && personal.share == nil && personal.average == nil)
        #expect(OutcomeProfile.compute(outcomes, evidence: ["Л1": OutcomeEvidence(earned: 4, available: 4)])[2].level == nil)
    }

    @Test func theClassViewCountsLevels() {
        let counts = OutcomeClassCount.count(profiles, outcomes: outcomes)
        #expect(counts.map { [$0.basic, $0.advanced, $0.none] } == [[1, 1, 1], [1, 1, 1], [1, 1, 1]])
    }

    @Test func levelThresholdsAtTheirBoundaries() {
        let one = [Outcome(code: "x", name: "", type: .cognitive)]
        func level(_ earned: Int, _ available: Int) -> AchievementLevel? {
            OutcomeProfile.compute(one, evidence: ["x": OutcomeEvidence(earned: earned, available: available)])[0].level
        }
        #expect([level(49, 100), level(50, 100), level(79, 100), level(80, 100)] == [nil, .basic, .basic, .advanced])
        func level(average marks: [(Int, String)]) -> AchievementLevel? {
            OutcomeProfile.compute(one, evidence: ["x": OutcomeEvidence(marks: self.marks(marks))])[0].level
        }
        #expect(level(average: [(3, "1")]) == .basic)
        #expect(level(average: [(2, "1"), (4, "1")]) == .basic)
        #expect(level(average: [(4, "1"), (5, "1")]) == .advanced)
        #expect(level(average: [(4, "1"), (5, "0.99")]) == .basic)
    }
}
