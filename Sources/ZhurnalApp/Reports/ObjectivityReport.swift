import ZhurnalCore

/// An external procedure against the journal (domain.md, "Objectivity"): per class and subject
/// and for the procedure as a whole, how many participants the procedure marked lower, the same
/// or higher than their counting term mark, both sides' statistics and the correlation of the
/// scores with the journal averages. A correlation is only ever taken within one subject: scores
/// of different subjects are not on one scale, so the procedure's total has none when it spans
/// several subjects, and each subject has its own.
public struct ObjectivityReport: Sendable {
    /// One participant: the external result beside the journal.
    public struct Participant: Sendable {
        public var name: String
        public var score: Int?
        public var externalMark: Int
        /// The counting term mark (the final mark, else the recommendation); nil when none.
        public var journalMark: TermMark?
        public var average: Ratio?

        /// The comparison; nil when the journal has no numeric mark to compare with.
        public var comparison: Comparison? {
            guard let journal = journalMark?.numeric else { return nil }
            return externalMark < journal ? .lowered : externalMark == journal ? .confirmed : .raised
        }
    }

    /// The external mark against the journal's.
    public enum Comparison: Sendable {
        case lowered, confirmed, raised
    }

    /// The figures of a set of participants.
    public struct Figures: Sendable {
        /// Participants with a numeric journal mark to compare.
        public var participants: Int
        public var lowered: Int
        public var confirmed: Int
        public var raised: Int
        public var external: ClassStatistics
        public var journal: ClassStatistics
        public var correlation: Correlation?
        /// The share at or above which понизили or повысили is highlighted.
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

        public var loweredPercent: Ratio? { Ratio.percent(lowered, of: participants) }
        public var confirmedPercent: Ratio? { Ratio.percent(confirmed, of: participants) }
        public var raisedPercent: Ratio? { Ratio.percent(raised, of: participants) }

        /// Whether понизили is at or above the setting: the journal's marks look too high.
        public var loweredHighlighted: Bool { reaches(loweredPercent) }
        /// Whether повысили is at or above the setting: the journal's marks look too low.
        public var raisedHighlighted: Bool { reaches(raisedPercent) }

        private func reaches(_ share: Ratio?) -> Bool {
            share.map { $0 >= Ratio(highlightPercent) } ?? false
        }
    }

    /// One class and subject.
    public struct Group: Sendable {
        public var className: String
        public var subject: String
        /// The term whose marks were compared, by the class's calendar.
        public var term: Int
        /// What the class's calendar calls its terms (parallels may differ: quarters, half-years).
        public var termKind: TermKind
        public var participants: [Participant]
        public var figures: Figures
    }

    /// One subject over all its classes.
    public struct SubjectFigures: Sendable {
        public var subject: String
        public var figures: Figures
    }

    public var procedure: String
    public var groups: [Group]
    /// Each subject's participants together, in order of first appearance.
    public var subjects: [SubjectFigures]
    /// Every participant of every group together; no correlation when there are several subjects.
    public var figures: Figures

    /// The report of the groups: per subject figures, and the total, whose correlation is left
    /// out when the groups span more than one subject.
    public init(procedure: String, groups: [Group], highlightPercent: Int) {
        self.procedure = procedure
        self.groups = groups
        var order: [String] = []
        var members: [String: [Participant]] = [:]
        for group in groups {
            if members[group.subject] == nil { order.append(group.subject) }
            members[group.subject, default: []] += group.participants
        }
        subjects = order.map { SubjectFigures(subject: $0, figures: Figures(members[$0]!, highlightPercent: highlightPercent)) }
        figures = Figures(groups.flatMap(\.participants), highlightPercent: highlightPercent)
        if order.count > 1 { figures.correlation = nil }
    }

    /// The groups whose понизили or повысили share reaches the setting.
    public var flaggedGroups: [Int] {
        groups.indices.filter { groups[$0].figures.loweredHighlighted || groups[$0].figures.raisedHighlighted }
    }
}
