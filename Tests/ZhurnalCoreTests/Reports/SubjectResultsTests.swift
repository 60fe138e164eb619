import Testing
@testable import ZhurnalCore

/// `SubjectResults`: a subject's term and year results in one class, computed by hand. Quarters
/// of 2026/27 (term 1: 1 Sep – 31 Oct); ОУ columns of weight 1 on 10, 17 and 24 Sep and one on
/// 5 Nov (term 2), class 1.
///
/// | student | term-1 entries | average | recommended | counts as                         |
/// |---------|----------------|---------|-------------|-----------------------------------|
/// | 1       | 5 5 4          | 4.67    | 5           | 5                                 |
/// | 2       | 2 3            | 2.50    | н/а (2 < 3) | н/а; «мало отметок» while running |
/// | 3       | осв осв осв    | —       | осв         | осв, outside N                    |
/// | 4       | 3 3 3, final 4 | 3.00    | 3           | 4 (the teacher's final mark)      |
/// | 5       | 5 5 5, left 10 Oct | 5.00 | 5          | not counted: not in the class on 31 Oct |
@Suite struct SubjectResultsTests {
    static let settings = SchoolSettings.defaults(schoolName: "Школа", schoolYearStarting: 2026)
    static let columns = [d("2026-09-10"), d("2026-09-17"), d("2026-09-24"), d("2026-11-05")].enumerated()
        .map { SubjectResults.Column(id: $0.offset + 1, date: $0.element, weight: Weight(1)) }
    static let leftOnTenthOctober = Enrollment(classID: 1, movements: [Movement(kind: .leave, date: d("2026-10-10"), classID: 1)])
    static let students = (1...5).map { SubjectResults.Student(id: $0, enrollment: $0 == 5 ? leftOnTenthOctober : nil) }
    /// Entries by student, one per column in order ("" for none).
    static let entries: [Int: [String]] = [1: ["5", "5", "4", "5"], 2: ["2", "3", "", "4"], 3: ["осв", "осв", "осв", ""],
                                           4: ["3", "3", "3", ""], 5: ["5", "5", "5", ""]]

    static func entry(_ column: Int, _ student: Int) -> Entry? {
        guard let text = entries[student]?[column - 1], !text.isEmpty, case .success(let entry) = Entry.parse(text) else { return nil }
        return entry
    }

    static func term1(today: LocalDate?, finals: [Int: [Int: TermMark]] = [4: [1: .mark(4)]],
                      students: [SubjectResults.Student] = students) -> SubjectResults {
        SubjectResults.term(1, classID: 1, students: students, columns: columns, settings: settings, today: today,
                            entry: entry, final: { student, term in finals[student]?[term].map { FinalMark(value: $0) } })
    }

    @Test func aTermAfterItsEndByHand() {
        let results = Self.term1(today: d("2026-11-20"))
        #expect(results.results.map(\.studentID) == [1, 2, 3, 4, 5])
        #expect(results.results.map { $0.average?.shown } == ["4.67", "2.50", nil, "3.00", "5.00"])
        #expect(results.results.map(\.markCount) == [3, 2, 0, 3, 3])
        #expect(results.results.map(\.recommended) == [.mark(5), .notAttested, .exempt, .mark(3), .mark(5)])
        #expect(results.results.map(\.effective) == [.mark(5), .notAttested, .exempt, .mark(4), .mark(5)])
        #expect(results.results.map(\.enrolled) == [true, true, true, true, false])
        #expect(results.results.allSatisfy { !$0.tooFewMarks })
        #expect(!results.interim)
        // N = 4 in the class − 1 осв = 3: a 5, a 4 and a н/а (the student who left is outside).
        let s = results.statistics
        #expect((s.enrolled, s.exempt, s.counted, s.n5, s.n4, s.notAttested) == (4, 1, 3, 1, 1, 1))
        #expect([s.progress?.shown, s.quality?.shown, s.sou?.shown, s.meanMark?.shown] == ["66.67", "66.67", "57.00", "4.50"])
    }

    @Test func whileTheTermRunsTooFewMarksIsOutsideN() {
        let results = Self.term1(today: d("2026-10-01"))
        #expect(results.interim)
        #expect(results.results.map(\.tooFewMarks) == [false, true, false, false, false])
        #expect(results.results[1].effective == nil)
        #expect(results.results[1].recommended == .notAttested)
        let s = results.statistics
        #expect((s.enrolled, s.tooFewMarks, s.counted, s.notAttested) == (4, 1, 2, 0))
        #expect(s.progress?.shown == "100.00")
        // A final mark is never «мало отметок».
        let withFinal = Self.term1(today: d("2026-10-01"), finals: [2: [1: .mark(3)]])
        #expect(withFinal.results[1].tooFewMarks == false && withFinal.results[1].effective == .mark(3))
    }

    @Test func aClassWithNobodyHasNoPercentages() {
        let results = Self.term1(today: nil, students: [])
        #expect(results.results.isEmpty)
        #expect(results.statistics.counted == 0)
        #expect([results.statistics.progress, results.statistics.quality, results.statistics.sou, results.statistics.meanMark]
                == [nil, nil, nil, nil])
    }

    @Test func aStudentWithoutMarksIsNotAttestedAfterTheTerm() {
        let results = Self.term1(today: nil, students: [SubjectResults.Student(id: 9)])
        #expect(results.results[0].average == nil && results.results[0].markCount == 0)
        #expect(results.results[0].effective == .notAttested)
        #expect(results.statistics.progress?.shown == "0.00")
        #expect(results.statistics.sou?.shown == "7.00")
    }

    @Test func anAverageIsExactAndShownHalfUp() {
        // 5 + 4×7 over eight marks of weight 1 = 33/8 = 4.125: shown 4.13, compared as shown.
        let columns = (1...8).map { SubjectResults.Column(id: $0, date: d("2026-09-01").adding(days: $0), weight: Weight(1)) }
        let results = SubjectResults.term(1, classID: 1, students: [SubjectResults.Student(id: 1)], columns: columns,
                                          settings: Self.settings, today: nil, entry: { column, _ in .mark(column == 1 ? 5 : 4) },
                                          final: { _, _ in nil })
        #expect(results.results[0].average == Ratio(numerator: 33, denominator: 8))
        #expect(results.results[0].average?.shown == "4.13")
        #expect(results.results[0].recommended == .mark(4))
    }

    @Test func aTermWithoutSuchANumberCountsNothing() {
        let results = SubjectResults.term(7, classID: 1, students: Self.students, columns: Self.columns, settings: Self.settings,
                                          today: nil, entry: Self.entry, final: { _, _ in nil })
        #expect(results.results.allSatisfy { $0.markCount == 0 && $0.enrolled })
        #expect(!results.interim)
    }

    /// The year: terms 1 and 2 have lessons; terms 3 and 4 have none and no final mark, so they
    /// do not count. A term's counting mark is its final mark, else its recommendation.
    @Test func theYearFromTheCountingTerms() {
        let finals: [Int: [Int: TermMark]] = [1: [2: .mark(4)], 2: [1: .mark(3), 2: .mark(4)], 3: [2: .exempt], 4: [1: .mark(4), 0: .mark(4)]]
        let results = SubjectResults.year(classID: 1, students: Self.students, columns: Self.columns, settings: Self.settings,
                                          today: d("2027-06-01"), entry: Self.entry,
                                          final: { student, term in finals[student]?[term].map { FinalMark(value: $0) } })
        #expect(!results.interim)
        // year averages over every column of the year: 1: 5 5 4 5 = 4.75; 2: 2 3 4 = 3.00
        #expect(results.results.map { $0.average?.shown } == ["4.75", "3.00", nil, "3.00", "5.00"])
        #expect(results.results.map(\.markCount) == [4, 3, 0, 3, 3])
        // 1: (5 + 4)/2 = 4.50 → 5 by ordinary rounding; 2: (3 + 4)/2 = 3.50 → 4; 3: осв twice → осв;
        // 4: 4 and н/а (term 2 without marks after its end) → the teacher decides: none; 5: term 1 only
        // (he was not in the school in term 2) → 5.
        #expect(results.results.map(\.recommended) == [.mark(5), .mark(4), .exempt, nil, .mark(5)])
        #expect(results.results.map(\.effective) == [.mark(5), .mark(4), .exempt, .mark(4), .mark(5)])
        #expect(results.results.map(\.enrolled) == [true, true, true, true, false])
        let s = results.statistics
        #expect((s.enrolled, s.exempt, s.counted, s.n5, s.n4) == (4, 1, 3, 1, 2))
    }

    @Test func aYearMarkLeftToTheTeacherCountsAsNotAttested() {
        let results = SubjectResults.year(classID: 1, students: [SubjectResults.Student(id: 2)], columns: Self.columns,
                                          settings: Self.settings, today: d("2027-03-01"), entry: Self.entry, final: { _, _ in nil })
        #expect(results.interim)
        #expect(results.results[0].recommended == nil)
        #expect(results.statistics.notAttested == 1 && results.statistics.counted == 1)
        #expect(results.statistics.progress?.shown == "0.00")
    }
}
