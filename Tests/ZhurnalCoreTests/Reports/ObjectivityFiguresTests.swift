import Testing
@testable import ZhurnalCore

/// `ObjectivityFigures` (rules.md §10): the external marks against the journal's, by hand.
@Suite struct ObjectivityFiguresTests {
    typealias Participant = ObjectivityFigures.Participant

    static func participant(_ external: Int, _ journal: TermMark?, score: Int? = nil, average: Int? = nil) -> Participant {
        Participant(score: score, externalMark: external, journalMark: journal, average: average.map { Ratio(hundredths: $0) })
    }

    @Test func eachParticipantIsComparedWithHisNumericTermMark() {
        #expect(Self.participant(3, .mark(4)).comparison == .lowered)
        #expect(Self.participant(4, .mark(4)).comparison == .confirmed)
        #expect(Self.participant(5, .mark(4)).comparison == .raised)
        #expect(Self.participant(5, .notAttested).comparison == nil)
        #expect(Self.participant(5, .exempt).comparison == nil)
        #expect(Self.participant(5, nil).comparison == nil)
    }

    /// Eight participants, six compared: понизили 2 (33.33 %), подтвердили 3 (50.00 %), повысили 1
    /// (16.67 %); external 3 4 4 5 5 5 → успеваемость 100, качество 83.33; journal 5 5 4 5 5 4.
    @Test func figuresByHand() {
        let all = [(3, 5), (4, 5), (4, 4), (5, 5), (5, 5), (5, 4)].map { Self.participant($0.0, .mark($0.1)) }
            + [Self.participant(2, .notAttested), Self.participant(5, .exempt)]
        let f = ObjectivityFigures(all, highlightPercent: 25)
        #expect([f.participants, f.lowered, f.confirmed, f.raised] == [6, 2, 3, 1])
        #expect([f.loweredPercent?.shown, f.confirmedPercent?.shown, f.raisedPercent?.shown] == ["33.33", "50.00", "16.67"])
        #expect(f.loweredHighlighted && !f.raisedHighlighted && f.flagged)
        #expect((f.external.counted, f.external.n5, f.external.n4, f.external.n3) == (6, 3, 2, 1))
        #expect(f.external.quality?.shown == "83.33")
        #expect((f.journal.counted, f.journal.n5, f.journal.n4) == (6, 4, 2))
        #expect(f.correlation == nil)   // no scores
    }

    @Test func aShareExactlyAtTheSettingIsHighlightedJustBelowIsNot() {
        // 1 of 4 = 25.00 % ≥ 25; 1 of 5 = 20.00 % < 25; 1 of 3 = 33.33 % ≥ 33, but < 34.
        let four = ObjectivityFigures([Self.participant(5, .mark(4))] + Array(repeating: Self.participant(4, .mark(4)), count: 3),
                                      highlightPercent: 25)
        #expect(four.raisedHighlighted && !four.loweredHighlighted)
        let five = ObjectivityFigures([Self.participant(3, .mark(4))] + Array(repeating: Self.participant(4, .mark(4)), count: 4),
                                      highlightPercent: 25)
        #expect(!five.flagged)
        let three = [Self.participant(3, .mark(4)), Self.participant(4, .mark(4)), Self.participant(4, .mark(4))]
        #expect(ObjectivityFigures(three, highlightPercent: 33).loweredHighlighted)
        #expect(!ObjectivityFigures(three, highlightPercent: 34).loweredHighlighted)
    }

    @Test func zeroAndAHundredPercent() {
        let confirmed = ObjectivityFigures([Self.participant(4, .mark(4)), Self.participant(2, .mark(2))], highlightPercent: 0)
        #expect([confirmed.loweredPercent?.shown, confirmed.confirmedPercent?.shown] == ["0.00", "100.00"])
        // A setting of 0: every share reaches it, 0.00 % included.
        #expect(confirmed.loweredHighlighted && confirmed.raisedHighlighted)
    }

    @Test func nobodyToCompareHasNoSharesAndIsNeverFlagged() {
        let f = ObjectivityFigures([Self.participant(4, .notAttested), Self.participant(3, nil)], highlightPercent: 0)
        #expect(f.participants == 0)
        #expect([f.loweredPercent, f.confirmedPercent, f.raisedPercent] == [nil, nil, nil])
        #expect(!f.flagged)
        #expect(f.external.progress == nil && f.journal.progress == nil)
        #expect(ObjectivityFigures([], highlightPercent: 25).participants == 0)
    }

    @Test func theCorrelationTakesEveryParticipantWithAScoreAndAnAverage() {
        // Scores 10 20 30 against averages 3.00 4.00 5.00: r = 1.00, the н/а participant included;
        // the one without a score is left out. Two pairs are too few.
        let pairs = [Self.participant(3, .mark(3), score: 10, average: 300), Self.participant(4, .notAttested, score: 20, average: 400),
                     Self.participant(5, .mark(5), score: 30, average: 500), Self.participant(2, .mark(5), average: 200)]
        #expect(ObjectivityFigures(pairs, highlightPercent: 25).correlation?.hundredths == 100)
        #expect(ObjectivityFigures(Array(pairs.prefix(2)), highlightPercent: 25).correlation == nil)
    }

    @Test func theTotalOfSeveralSubjectsHasNoCorrelation() {
        let maths = [Self.participant(3, .mark(3), score: 30, average: 300), Self.participant(4, .mark(4), score: 40, average: 410),
                     Self.participant(5, .mark(4), score: 52, average: 480)]
        let russian = [Self.participant(2, .mark(3), score: 2, average: 290), Self.participant(4, .mark(4), score: 4, average: 400),
                       Self.participant(5, .mark(5), score: 5, average: 500)]
        let both = ObjectivityFigures.bySubject([(subject: "Математика", participants: Array(maths.prefix(2))),
                                                 (subject: "Русский", participants: russian),
                                                 (subject: "Математика", participants: Array(maths.suffix(1)))],
                                                highlightPercent: 25)
        #expect(both.subjects.map(\.subject) == ["Математика", "Русский"])
        #expect(both.subjects.map(\.figures.participants) == [3, 3])
        #expect(both.subjects[0].figures == ObjectivityFigures(maths, highlightPercent: 25))
        #expect(both.subjects.allSatisfy { $0.figures.correlation != nil })
        #expect(both.total.participants == 6 && both.total.raised == 1 && both.total.lowered == 1)
        #expect(both.total.correlation == nil)
        let one = ObjectivityFigures.bySubject([(subject: 7, participants: maths)], highlightPercent: 25)
        #expect(one.total.correlation != nil && one.total == one.subjects[0].figures)
        #expect(ObjectivityFigures.bySubject([(subject: 7, participants: [Participant]())], highlightPercent: 25).subjects.count == 1)
    }
}
