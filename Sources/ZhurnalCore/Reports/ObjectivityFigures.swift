/// An external procedure's results against the journal (docs/rules.md §10)
/// for a set of participants: how many the procedure marked lower, the same or higher than their
/// counting term mark, both sides' statistics, and the correlation of the scores with the journal
/// averages. Participants without a numeric journal mark (`н/а`, `осв`, none) are not compared.
public struct ObjectivityFigures: Equatable, Sendable {
    /// One participant: the external result beside the journal.
    public struct Participant: Hashable, Sendable {
        /// The primary score, when the procedure gave one.
        public var score: Int?
        public var externalMark: Int
        /// The counting term mark (the final mark, else the recommendation); nil when none.
        public var journalMark: TermMark?
        /// The journal's weighted average of the term.
        public var average: Ratio?

        public init(score: Int?, externalMark: Int, journalMark: TermMark?, average: Ratio?) {
            self.score = score
            self.externalMark = externalMark
            self.journalMark = journalMark
            self.average = average
        }

        /// The comparison; nil when the journal has no numeric mark to compare with.
        public var comparison: Comparison? {
            guard let journal = journalMark?.numeric else { return nil }
            return externalMark < journal ? .lowered : externalMark == journal ? .confirmed : .raised
        }
    }

    /// The external mark against the journal's: понизили, подтвердили, повысили.
    public enum Comparison: Hashable, Sendable {
        case lowered, confirmed, raised
    }

    /// Participants with a numeric journal mark to compare.
    public var participants: Int
    public var lowered: Int
    public var confirmed: Int
    public var raised: Int
    /// The statistics of the compared participants' external marks.
    public var external: ClassStatistics
    /// The statistics of the compared participants' journal marks.
    public var journal: ClassStatistics
    /// Pearson's r of the scores with the averages in hundredths, over every participant with
    /// both (`Correlation`); nil where it does not exist or must not be taken.
    public var correlation: Correlation?
    /// The share at or above which понизили or повысили is highlighted (`ObjectivityRules`).
    public var highlightPercent: Int

    /// Counts and statistics of the participants who have a journal mark to compare.
    public init(_ all: [Participant], highlightPercent: Int) {
        let compared = all.filter { $0.comparison != nil }
        participants = compared.count
        lowered = compared.filter { $0.comparison == .lowered }.count
        confirmed = compared.filter { $0.comparison == .confirmed }.count
        raised = compared.filter { $0.comparison == .raised }.count
        external = ClassStatistics(termMarks: compared.map { .mark($0.externalMark) })
        journal = ClassStatistics(termMarks: compared.compactMap(\.journalMark))
        correlation = Correlation(all.compactMap { p in
            guard let score = p.score, let average = p.average else { return nil }
            return (x: score, y: average.hundredthsHalfUp)
        })
        self.highlightPercent = highlightPercent
    }

    /// The figures of each subject's participants, in order of first appearance, and of all
    /// together. A correlation is only ever taken within one subject — scores of different
    /// subjects are not on one scale — so the total has none when the groups span several.
    public static func bySubject<Subject: Hashable>(_ groups: [(subject: Subject, participants: [Participant])],
                                                    highlightPercent: Int)
        -> (subjects: [(subject: Subject, figures: ObjectivityFigures)], total: ObjectivityFigures) {
        var order: [Subject] = []
        var members: [Subject: [Participant]] = [:]
        for group in groups {
            if members[group.subject] == nil { order.append(group.subject) }
            members[group.subject, default: []] += group.participants
        }
        var total = ObjectivityFigures(groups.flatMap(\.participants), highlightPercent: highlightPercent)
        if order.count > 1 { total.correlation = nil }
        return (order.map { ($0, ObjectivityFigures(members[$0]!, highlightPercent: highlightPercent)) }, total)
    }

    /// понизили / participants × 100, two decimals shown half-up; nil without participants.
    public var loweredPercent: Ratio? { Ratio.percent(lowered, of: participants) }
    /// подтвердили / participants × 100; nil without participants.
    public var confirmedPercent: Ratio? { Ratio.percent(confirmed, of: participants) }
    /// повысили / participants × 100; nil without participants.
    public var raisedPercent: Ratio? { Ratio.percent(raised, of: participants) }

    /// Whether понизили is at or above the setting: the journal's marks look too high.
    public var loweredHighlighted: Bool { reaches(loweredPercent) }
    /// Whether повысили is at or above the setting: the journal's marks look too low.
    public var raisedHighlighted: Bool { reaches(raisedPercent) }
    /// Whether either share reaches the setting.
    public var flagged: Bool { loweredHighlighted || raisedHighlighted }

    private func reaches(_ share: Ratio?) -> Bool {
        share.map { $0 >= Ratio(highlightPercent) } ?? false
    }
}
