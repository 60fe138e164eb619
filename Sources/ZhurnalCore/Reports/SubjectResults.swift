/// One subject's results in one class for a term or the year (docs/rules.md §4, §5, §7): per
/// student the weighted average, the number of marks, the
/// recommended and the teacher's final mark, and whether he counts; and the class statistics of
/// the marks that count (the teacher's final mark where set, else the recommendation).
///
/// Who counts: a student in the class on the period's last day; one who left or was transferred
/// before it keeps his line but is outside the statistics. His marks count on the days he was in
/// some class of the school, so a student transferred within the school brings the marks of his
/// other class (the caller hands those columns in). While a term runs, a student short of the
/// minimum of marks is «мало отметок»: not attested yet, outside N.
public struct SubjectResults: Hashable, Sendable {
    /// A student of the class, with his stays in the school's classes.
    public struct Student: Hashable, Sendable {
        public var id: Int
        /// His stays in the school's classes; nil: always in this class.
        public var enrollment: Enrollment?

        public init(id: Int, enrollment: Enrollment? = nil) {
            self.id = id
            self.enrollment = enrollment
        }

        /// True when he is in `classID` on `date`.
        func isEnrolled(in classID: Int, on date: LocalDate) -> Bool {
            enrollment?.isEnrolled(in: classID, on: date) ?? true
        }

        /// True when he is in some class of the school on `date` (his marks of that day count).
        func isEnrolled(on date: LocalDate) -> Bool {
            enrollment?.isEnrolled(on: date) ?? true
        }

        /// True when he was in the school on some day of `days`.
        func wasEnrolled(during days: ClosedRange<LocalDate>) -> Bool {
            enrollment?.wasEnrolled(during: days) ?? true
        }
    }

    /// A lesson column with its effective weight.
    public struct Column: Hashable, Sendable {
        public var id: Int
        public var date: LocalDate
        public var weight: Weight

        public init(id: Int, date: LocalDate, weight: Weight) {
            self.id = id
            self.date = date
            self.weight = weight
        }
    }

    /// One student's result.
    public struct Result: Hashable, Sendable {
        public var studentID: Int
        public var average: Ratio?
        public var markCount: Int
        /// The mark the rules recommend (for the year: from the term marks); nil when the rules
        /// leave the year mark to the teacher.
        public var recommended: TermMark?
        /// The teacher's final mark, when set.
        public var final: FinalMark?
        /// The term is running and the student has too few marks so far: «мало отметок», not
        /// yet attested (the recommendation `н/а` does not count).
        public var tooFewMarks: Bool
        /// In the class on the period's last day: counted in the statistics.
        public var enrolled: Bool

        public init(studentID: Int, average: Ratio?, markCount: Int, recommended: TermMark?, final: FinalMark?,
                    tooFewMarks: Bool = false, enrolled: Bool = true) {
            self.studentID = studentID
            self.average = average
            self.markCount = markCount
            self.recommended = recommended
            self.final = final
            self.tooFewMarks = tooFewMarks
            self.enrolled = enrolled
        }

        /// The mark that counts: the teacher's final mark, else the recommendation; none while
        /// the student has too few marks so far.
        public var effective: TermMark? { final?.value ?? (tooFewMarks ? nil : recommended) }
    }

    /// Each student's result, in the order the students were given.
    public var results: [Result]
    public var statistics: ClassStatistics
    /// Made before the period's end: an interim (промежуточная) summary.
    public var interim: Bool

    /// The results of term `number` of `settings.calendar` for the class `classID`: each student's
    /// marks of the term's `columns` on the days he was in the school (`entry` reads a student's
    /// entry in a column), recommended under `settings.attestation`; `final` reads a student's
    /// final mark of a term. Made on `today` before the term's end the results are interim.
    public static func term(_ number: Int, classID: Int, students: [Student], columns: [Column], settings: SchoolSettings,
                            today: LocalDate?, entry: (_ columnID: Int, _ studentID: Int) -> Entry?,
                            final: (_ studentID: Int, _ term: Int) -> FinalMark?) -> SubjectResults {
        let term = settings.calendar.term(number: number)
        let running = today.flatMap { today in term.map { today < $0.end } } ?? false
        let inTerm = columns.filter { column in term.map { $0.start <= column.date && column.date <= $0.end } ?? false }
        let lines = students.map { student in
            let marks = inTerm.compactMap { column in
                student.isEnrolled(on: column.date) ? entry(column.id, student.id).map { (entry: $0, weight: column.weight) } : nil
            }
            let recommendation = settings.attestation.recommend(marks)
            let final = final(student.id, number)
            let result = Result(studentID: student.id, average: recommendation.average, markCount: recommendation.markCount,
                                recommended: recommendation.mark, final: final,
                                tooFewMarks: final == nil && settings.attestation.isTooFewMarksSoFar(recommendation, termRunning: running),
                                enrolled: term.map { student.isEnrolled(in: classID, on: $0.end) } ?? true)
            return (result: result, recommendation: recommendation)
        }
        let counted = lines.filter(\.result.enrolled)
        return SubjectResults(results: lines.map(\.result),
                              statistics: ClassStatistics(finals: counted.map { $0.result.final?.value },
                                                          recommendations: counted.map(\.recommendation),
                                                          rules: settings.attestation, termRunning: running),
                              interim: running)
    }

    /// The year's results: each student's average over the year's columns, and the year mark
    /// recommended from each counting term's mark (`YearMark.compute` under
    /// `settings.yearThresholds`) — a term counts for a student when it has lessons or he has a
    /// final mark for it, and he was in the school during it (`YearMark.counts`). The year's final
    /// mark is stored as term 0. A student without a year mark counts as `н/а`. Made on `today`
    /// before the year's end the results are interim.
    public static func year(classID: Int, students: [Student], columns: [Column], settings: SchoolSettings,
                            today: LocalDate?, entry: (_ columnID: Int, _ studentID: Int) -> Entry?,
                            final: (_ studentID: Int, _ term: Int) -> FinalMark?) -> SubjectResults {
        let calendar = settings.calendar
        let withLessons = Set(calendar.terms
            .filter { term in columns.contains { term.start <= $0.date && $0.date <= term.end } }.map(\.number))
        var termResults: [Int: SubjectResults] = [:]
        for number in withLessons {
            termResults[number] = term(number, classID: classID, students: students, columns: columns, settings: settings,
                                       today: today, entry: entry, final: final)
        }
        let results = students.enumerated().map { index, student in
            let marks = columns.filter { column in
                student.isEnrolled(on: column.date) && (calendar.yearRange?.contains(column.date) ?? false)
            }
                .compactMap { column in entry(column.id, student.id).map { (entry: $0, weight: column.weight) } }
            let tally = WeightedAverage.tally(marks)
            let termMarks = calendar.terms.compactMap { term -> TermMark? in
                let termFinal = final(student.id, term.number)?.value
                guard YearMark.counts(termHasLessons: withLessons.contains(term.number), hasFinalMark: termFinal != nil,
                                      enrolled: student.wasEnrolled(during: term.start...term.end)) else { return nil }
                return termResults[term.number]?.results[index].effective ?? termFinal
            }
            let recommended: TermMark?
            switch YearMark.compute(terms: termMarks, thresholds: settings.yearThresholds) {
            case .mark(let mark): recommended = .mark(mark)
            case .exempt: recommended = .exempt
            case .teacherDecides, .none: recommended = nil
            }
            return Result(studentID: student.id, average: tally.average, markCount: tally.count, recommended: recommended,
                          final: final(student.id, 0),
                          enrolled: calendar.terms.last.map { student.isEnrolled(in: classID, on: $0.end) } ?? true)
        }
        return SubjectResults(results: results,
                              statistics: ClassStatistics(termMarks: results.filter(\.enrolled).map { $0.effective ?? .notAttested }),
                              interim: today.flatMap { today in calendar.terms.last.map { today < $0.end } } ?? false)
    }
}
