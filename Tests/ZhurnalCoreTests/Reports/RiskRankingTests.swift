import Testing
@testable import ZhurnalCore

/// `RiskRank.ranked`: a risk list in ranked order, ties and unranked items in the order given.
@Suite struct RiskRankingTests {
    static let failing = RiskRank(projected: .notAttested, average: h(350), reasons: 1)
    static let low = RiskRank(projected: .mark(3), average: h(280), reasons: 1)
    static let higher = RiskRank(projected: .mark(3), average: h(310), reasons: 2)

    @Test func byRankThenInTheOrderGiven() {
        let items: [(name: String, rank: RiskRank?)] = [("c", Self.higher), ("a", Self.low), ("b", Self.failing),
                                                         ("d", Self.low), ("e", Self.higher)]
        #expect(RiskRank.ranked(items, by: \.rank).map(\.name) == ["b", "a", "d", "c", "e"])
    }

    @Test func nothingAndOneAreThemselves() {
        #expect(RiskRank.ranked([RiskRank](), by: { $0 }).isEmpty)
        #expect(RiskRank.ranked([Self.low], by: { $0 }) == [Self.low])
    }

    @Test func unrankedItemsKeepTheirPlaceAgainstOthers() {
        // Items without a rank are never moved past: only ranked neighbours are ordered.
        let items: [(name: String, rank: RiskRank?)] = [("x", nil), ("y", nil)]
        #expect(RiskRank.ranked(items, by: \.rank).map(\.name) == ["x", "y"])
    }
}

/// `MissedLessons`: lessons and absences of a subject, as the card shows them and the risk rule
/// compares them.
@Suite struct MissedLessonsTests {
    @Test func missedLessonsByHand() {
        let lessons = [lesson("2026-09-01", "н"), lesson("2026-09-02", "б"), lesson("2026-09-03", "у"),
                       lesson("2026-09-04", "оп"), lesson("2026-09-05", "5"), lesson("2026-09-06", nil),
                       lesson("2026-09-07", "осв")]
        let absences = MissedLessons(lessons)
        #expect((absences.lessons, absences.missed) == (6, 3))
        // 3 of 6 = 50 %: over 49, not over 50 (strictly more).
        #expect(absences.isOver(percent: 49))
        #expect(!absences.isOver(percent: 50))
    }

    @Test func noLessonsOrOnlyExemptAreNeverOver() {
        #expect(MissedLessons([]) == MissedLessons([lesson("2026-09-01", "осв")]))
        #expect(MissedLessons([]).lessons == 0)
        #expect(!MissedLessons([]).isOver(percent: 0))
    }

    @Test func everyLessonMissedIsAHundredPercent() {
        let all = MissedLessons([lesson("2026-09-01", "н"), lesson("2026-09-02", "н")])
        #expect(all.isOver(percent: 99) && !all.isOver(percent: 100))
        #expect(MissedLessons([lesson("2026-09-01", "5")]).isOver(percent: 0) == false)
    }
}
