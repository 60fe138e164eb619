import Testing
@testable import ZhurnalCore

/// docs/rules.md §7: N = enrolled − осв (н/а stays in N); успеваемость, качество, СОУ,
/// средний балл, all shown to two decimals half-up.
@Suite struct ClassStatisticsTests {
    @Test func classWithNotAttestedAndExemptStudents() {
        let s = ClassStatistics(termMarks: termMarks(["5", "4", "4", "3", "2", "н/а", "осв"]))
        #expect(s.enrolled == 7)
        #expect(s.exempt == 1)
        #expect(s.counted == 6)
        #expect(s.n5 == 1 && s.n4 == 2 && s.n3 == 1 && s.n2 == 1)
        #expect(s.notAttested == 1)
        #expect(s.withMarks == 5)
        #expect(s.progress == Ratio(numerator: 400, denominator: 6))
        #expect(s.progress?.shown == "66.67")
        #expect(s.quality == Ratio(50))
        #expect(s.quality?.shown == "50.00")
        // (100 + 128 + 36 + 16 + 7) / 6 = 287 / 6 = 47.8333…
        #expect(s.sou == Ratio(numerator: 287, denominator: 6))
        #expect(s.sou?.shown == "47.83")
        // (5 + 4 + 4 + 3 + 2) / 5: the н/а student has no mark to average
        #expect(s.meanMark == h(360))
        #expect(s.meanMark?.shown == "3.60")
    }

    @Test func allExemptGivesNoValues() {
        let s = ClassStatistics(termMarks: termMarks(["осв", "осв", "осв"]))
        #expect(s.enrolled == 3)
        #expect(s.exempt == 3)
        #expect(s.counted == 0)
        #expect(s.progress == nil)
        #expect(s.quality == nil)
        #expect(s.sou == nil)
        #expect(s.meanMark == nil)
    }

    @Test func emptyClassGivesNoValues() {
        let s = ClassStatistics(termMarks: [])
        #expect(s.enrolled == 0 && s.counted == 0)
        #expect(s.progress == nil && s.quality == nil && s.sou == nil && s.meanMark == nil)
    }

    @Test func onlyNotAttestedStudentsStayInN() {
        let s = ClassStatistics(termMarks: termMarks(["н/а", "н/а"]))
        #expect(s.counted == 2)
        #expect(s.progress == Ratio(0))
        #expect(s.progress?.shown == "0.00")
        #expect(s.quality == Ratio(0))
        #expect(s.sou == Ratio(7))
        #expect(s.sou?.shown == "7.00")
        #expect(s.meanMark == nil)
    }

    @Test func aOneCountsWithTheTwos() {
        let s = ClassStatistics(termMarks: termMarks(["1", "2", "5"]))
        #expect(s.n2 == 2)
        #expect(s.n5 == 1)
        #expect(s.progress?.shown == "33.33")
        #expect(s.quality?.shown == "33.33")
        #expect(s.sou == Ratio(numerator: 132, denominator: 3))  // (16 + 16 + 100) / 3 = 44
        #expect(s.sou?.shown == "44.00")
        #expect(s.meanMark == Ratio(numerator: 8, denominator: 3)) // the 1 is averaged as 1
        #expect(s.meanMark?.shown == "2.67")
    }

    @Test func allFivesIsHundredPercent() {
        let s = ClassStatistics(termMarks: termMarks(["5", "5", "5", "5"]))
        #expect(s.progress?.shown == "100.00")
        #expect(s.quality?.shown == "100.00")
        #expect(s.sou?.shown == "100.00")
        #expect(s.meanMark?.shown == "5.00")
    }

    @Test func largerHandComputedClass() {
        // 25 enrolled: 4 fives, 9 fours, 8 threes, 2 twos, 1 н/а, 1 осв → N = 24
        let marks = Array(repeating: "5", count: 4) + Array(repeating: "4", count: 9) + Array(repeating: "3", count: 8)
            + ["2", "2", "н/а", "осв"]
        let s = ClassStatistics(termMarks: termMarks(marks))
        #expect(s.enrolled == 25 && s.counted == 24)
        #expect(s.progress?.shown == "87.50")                      // 21/24
        #expect(s.quality?.shown == "54.17")                       // 13/24 = 54.1666…
        #expect(s.sou == Ratio(numerator: 400 + 576 + 288 + 32 + 7, denominator: 24))
        #expect(s.sou?.shown == "54.29")                           // 1303/24 = 54.2916…
        #expect(s.meanMark == Ratio(numerator: 20 + 36 + 24 + 4, denominator: 23))
        #expect(s.meanMark?.shown == "3.65")                       // 84/23 = 3.6521…
    }

    @Test func columnStatisticsCountOnlyStudentsWithANumericMark() {
        // per the documented rule: absent, unmarked (nil), owed and exempt students are not in N;
        // a double mark counts as its first mark.
        let column: [Entry?] = [.mark(5), .double(4, 5), .mark(3), .absence(.absent), nil, .exempt, .mark(2), .mark(1),
                                .owed, .passed]
        let s = ClassStatistics(column: column)
        #expect(s.enrolled == 5)
        #expect(s.exempt == 0)
        #expect(s.counted == 5)
        #expect(s.n5 == 1 && s.n4 == 1 && s.n3 == 1 && s.n2 == 2)
        #expect(s.notAttested == 0)
        #expect(s.progress?.shown == "60.00")
        #expect(s.quality?.shown == "40.00")
        #expect(s.sou == Ratio(numerator: 232, denominator: 5))
        #expect(s.sou?.shown == "46.40")
        #expect(s.meanMark == Ratio(3))
    }

    @Test func doubleMarkInAColumnCountsItsFirstMark() {
        let s = ClassStatistics(column: [.double(3, 5), .double(5, 2)])
        #expect(s.n3 == 1 && s.n5 == 1 && s.n2 == 0 && s.n4 == 0)
        #expect(s.meanMark == Ratio(4))
    }

    @Test func columnWithoutMarksGivesNoValues() {
        let s = ClassStatistics(column: [nil, .absence(.ill), .exempt, .owed])
        #expect(s.counted == 0)
        #expect(s.progress == nil && s.quality == nil && s.sou == nil && s.meanMark == nil)
    }
}
