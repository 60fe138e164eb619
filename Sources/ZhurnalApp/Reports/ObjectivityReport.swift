import ZhurnalCore

/// An external procedure against the journal (docs/rules.md §10): per class and subject
/// and for the procedure as a whole, how many participants the procedure marked lower, the same
/// or higher than their counting term mark, both sides' statistics and the correlation of the
/// scores with the journal averages. A correlation is only ever taken within one subject: scores
/// of different subjects are not on one scale, so the procedure's total has none when it spans
/// several subjects, and each subject has its own.
public struct ObjectivityReport: Sendable {
    /// One participant: his name and his result beside the journal
    /// (`ObjectivityFigures.Participant`, whose fields it shows as its own: `score`,
    /// `externalMark`, `journalMark`, `average`, `comparison`).
    @dynamicMemberLookup
    public struct Participant: Sendable {
        public var name: String
        public var result: ObjectivityFigures.Participant

        public init(name: String, score: Int?, externalMark: Int, journalMark: TermMark?, average: Ratio?) {
            self.name = name
            result = ObjectivityFigures.Participant(score: score, externalMark: externalMark, journalMark: journalMark, average: average)
        }

        public subscript<Value>(dynamicMember field: KeyPath<ObjectivityFigures.Participant, Value>) -> Value {
            result[keyPath: field]
        }
    }

    /// The external mark against the journal's.
    public typealias Comparison = ObjectivityFigures.Comparison

    /// The figures of a set of participants.
    public typealias Figures = ObjectivityFigures

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
    /// out when the groups span more than one subject (`ObjectivityFigures.bySubject`).
    public init(procedure: String, groups: [Group], highlightPercent: Int) {
        self.procedure = procedure
        self.groups = groups
        let figures = ObjectivityFigures.bySubject(groups.map { ($0.subject, $0.participants.map(\.result)) },
                                                   highlightPercent: highlightPercent)
        subjects = figures.subjects.map { SubjectFigures(subject: $0.subject, figures: $0.figures) }
        self.figures = figures.total
    }

    /// The groups whose понизили or повысили share reaches the setting.
    public var flaggedGroups: [Int] {
        groups.indices.filter { groups[$0].figures.flagged }
    }
}

extension ObjectivityFigures {
    /// The figures of a report's participants.
    public init(_ participants: [ObjectivityReport.Participant], highlightPercent: Int) {
        self.init(participants.map(\.result), highlightPercent: highlightPercent)
    }
}
