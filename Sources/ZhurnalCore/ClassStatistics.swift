/// Class statistics (docs/rules.md §7) for a subject and period (from the marks that count) or for
/// one work column.
///
/// N (`counted`) is the students enrolled minus those exempt (`осв`); `н/а` students stay in N.
/// In an interim summary students with too few marks so far («мало отметок») are outside N: with
/// nobody attested yet every percentage is empty, never 0.00%.
/// A mark of 1 counts with the 2s (both are «неудовлетворительно»).
public struct ClassStatistics: Hashable, Sendable {
    public private(set) var enrolled = 0
    public private(set) var exempt = 0
    public private(set) var n5 = 0
    public private(set) var n4 = 0
    public private(set) var n3 = 0
    public private(set) var n2 = 0
    public private(set) var notAttested = 0
    /// Students «мало отметок» while the term is running: enrolled, not yet attested, outside N.
    public private(set) var tooFewMarks = 0
    private var markSum = 0

    /// Statistics over one counting mark per enrolled student, and `tooFewMarks` more students
    /// not yet attested (interim summaries).
    public init(termMarks: [TermMark], tooFewMarks: Int = 0) {
        enrolled = termMarks.count + tooFewMarks
        self.tooFewMarks = tooFewMarks
        for mark in termMarks {
            switch mark {
            case .exempt: exempt += 1
            case .notAttested: notAttested += 1
            case .mark(let m): add(m)
            }
        }
    }

    /// Statistics of one work column: N is the students with a numeric mark in it (absent,
    /// unmarked and exempt students are not counted); a double mark counts as its first mark,
    /// the main one of the two.
    public init(column entries: [Entry?]) {
        for entry in entries {
            guard let first = entry?.numericMarks.first else { continue }
            enrolled += 1
            add(first)
        }
    }

    private mutating func add(_ mark: Int) {
        switch mark {
        case 5: n5 += 1
        case 4: n4 += 1
        case 3: n3 += 1
        default: n2 += 1
        }
        markSum += mark
    }

    /// Statistics of a term from each student's final mark (nil when none) and recommendation:
    /// the final mark counts, else the recommendation; while the term is running a recommendation
    /// that is `н/а` only for too few marks so far is «мало отметок» (`tooFewMarks`), not `н/а`.
    public init(finals: [TermMark?], recommendations: [Recommendation], rules: AttestationRules, termRunning: Bool) {
        var marks: [TermMark] = [], tooFew = 0
        for (final, recommendation) in zip(finals, recommendations) {
            if let final {
                marks.append(final)
            } else if rules.isTooFewMarksSoFar(recommendation, termRunning: termRunning) {
                tooFew += 1
            } else {
                marks.append(recommendation.mark)
            }
        }
        self.init(termMarks: marks, tooFewMarks: tooFew)
    }

    /// The statistics of several groups together — a school's classes, a subject over a
    /// school: every count and the sum of marks added, so each student counts as his own
    /// group counted him (a student who left, or «мало отметок», stays outside N).
    public static func total(_ parts: [ClassStatistics]) -> ClassStatistics {
        var total = ClassStatistics(termMarks: [])
        for part in parts {
            total.enrolled += part.enrolled
            total.exempt += part.exempt
            total.n5 += part.n5
            total.n4 += part.n4
            total.n3 += part.n3
            total.n2 += part.n2
            total.notAttested += part.notAttested
            total.tooFewMarks += part.tooFewMarks
            total.markSum += part.markSum
        }
        return total
    }

    /// N: enrolled minus exempt, minus those not yet attested («мало отметок»).
    public var counted: Int { enrolled - exempt - tooFewMarks }

    /// Students with a numeric mark.
    public var withMarks: Int { n5 + n4 + n3 + n2 }

    /// успеваемость = (n5 + n4 + n3) / N × 100.
    public var progress: Ratio? { Ratio.percent(n5 + n4 + n3, of: counted) }

    /// качество знаний = (n5 + n4) / N × 100.
    public var quality: Ratio? { Ratio.percent(n5 + n4, of: counted) }

    /// СОУ = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·n_н/а) / N.
    public var sou: Ratio? {
        counted == 0 ? nil : Ratio(numerator: 100 * n5 + 64 * n4 + 36 * n3 + 16 * n2 + 7 * notAttested, denominator: counted)
    }

    /// средний балл = Σ marks / students with a numeric mark.
    public var meanMark: Ratio? {
        withMarks == 0 ? nil : Ratio(numerator: markSum, denominator: withMarks)
    }
}
